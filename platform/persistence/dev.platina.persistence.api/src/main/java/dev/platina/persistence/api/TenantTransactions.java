package dev.platina.persistence.api;

import javax.persistence.EntityManagerFactory;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Runs work in one database transaction as a tenant. The transaction commits when the work returns and rolls
 * back when it throws; failures surface as {@link DataAccessException} (or the work's own runtime exception).
 * Inside the work, queries see only the tenant's rows and can write only rows of that tenant, whatever SQL
 * they run: PostgreSQL row-level security enforces it for the connection.
 */
@ProviderType
public interface TenantTransactions {

    /** Runs JDBC work as {@code tenant}. */
    <T> T inTenant(TenantId tenant, SqlWork<T> work);

    /**
     * Runs JPA work as {@code tenant}: the entity manager is created from {@code factory} with the EclipseLink
     * tenant set, and its connection carries the same tenant for row-level security.
     */
    <T> T inTenant(TenantId tenant, EntityManagerFactory factory, JpaWork<T> work);

    /**
     * Runs JDBC work with no tenant: platform-wide tables (organisations, installed skills) are reachable,
     * tenant tables answer no rows and refuse writes.
     */
    <T> T withoutTenant(SqlWork<T> work);
}
