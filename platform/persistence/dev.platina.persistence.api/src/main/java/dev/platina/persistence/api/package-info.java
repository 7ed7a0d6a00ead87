/**
 * Tenant-scoped data access.
 *
 * <p>Every row of tenant data carries a {@code tenant_id} and is guarded twice: by EclipseLink multitenancy on
 * the entity manager and by PostgreSQL row-level security on the connection. {@link
 * dev.platina.persistence.api.TenantTransactions} sets both in one transaction, so code never sets a tenant by
 * hand. Work that runs without a tenant sees no tenant rows at all: the database fails closed.
 *
 * <p>A bundle with a persistence unit (declared by a {@code Meta-Persistence} header) builds its factory from the
 * {@code EntityManagerFactoryBuilder} service of that unit, handing over the platform's {@code DataSource} service
 * ({@code osgi.jndi.service.name=platina}) as {@code javax.persistence.nonJtaDataSource}, and sets the properties
 * of {@link dev.platina.persistence.api.PersistenceUnitDefaults}; the identity bundle is the example.
 */
@Export
@Version("1.0.0")
package dev.platina.persistence.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
