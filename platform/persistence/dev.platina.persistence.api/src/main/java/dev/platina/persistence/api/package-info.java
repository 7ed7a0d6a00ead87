/**
 * Tenant-scoped data access.
 *
 * <p>Every row of tenant data carries a {@code tenant_id} and is guarded twice: by EclipseLink multitenancy on
 * the entity manager and by PostgreSQL row-level security on the connection. {@link
 * dev.platina.persistence.api.TenantTransactions} sets both in one transaction, so code never sets a tenant by
 * hand. Work that runs without a tenant sees no tenant rows at all: the database fails closed.
 *
 * <p>Bundles with a persistence unit point it at the platform's data source with
 * {@code <non-jta-data-source>osgi:service/javax.sql.DataSource/(osgi.jndi.service.name=platina)</non-jta-data-source>}
 * and the properties of {@link dev.platina.persistence.api.PersistenceUnitDefaults}.
 */
@Export
@Version("1.0.0")
package dev.platina.persistence.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
