package dev.platina.persistence.postgres.internal;

import dev.platina.persistence.api.DataAccessException;
import dev.platina.persistence.api.JpaWork;
import dev.platina.persistence.api.PersistenceUnitDefaults;
import dev.platina.persistence.api.SqlWork;
import dev.platina.persistence.api.TenantId;
import dev.platina.persistence.api.TenantTransactions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.Objects;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.EntityTransaction;
import javax.sql.DataSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Binds the tenant to the transaction with {@code set_config('app.tenant_id', ..., true)}: transaction-local,
 * so a pooled connection carries no tenant into the next borrower's work.
 */
@Component(service = TenantTransactions.class)
public final class PostgresTenantTransactions implements TenantTransactions {

    private static final String NO_TENANT = "";

    private final DataSource dataSource;

    @Activate
    public PostgresTenantTransactions(
            @Reference(target = "(" + DatabaseRuntime.DATA_SOURCE_NAME_PROPERTY + "=" + DatabaseRuntime.DATA_SOURCE_NAME
                    + ")") DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public <T> T inTenant(TenantId tenant, SqlWork<T> work) {
        Objects.requireNonNull(tenant, "tenant");
        return inTransaction(tenant.toString(), work);
    }

    @Override
    public <T> T withoutTenant(SqlWork<T> work) {
        return inTransaction(NO_TENANT, work);
    }

    @Override
    public <T> T inTenant(TenantId tenant, EntityManagerFactory factory, JpaWork<T> work) {
        Objects.requireNonNull(tenant, "tenant");
        EntityManager entityManager = factory.createEntityManager(
                Map.of(PersistenceUnitDefaults.TENANT_PROPERTY, tenant.toString()));
        try {
            EntityTransaction transaction = entityManager.getTransaction();
            transaction.begin();
            try {
                // Unwrapping the connection inside the transaction pins it: EclipseLink then runs every query
                // of this entity manager on it, so all of them see the tenant bound here.
                bindTenant(entityManager.unwrap(Connection.class), tenant.toString());
                T result = work.execute(entityManager);
                transaction.commit();
                return result;
            } catch (SQLException e) {
                throw new DataAccessException("Could not bind tenant " + tenant + " to the transaction", e);
            } finally {
                if (transaction.isActive()) {
                    transaction.rollback();
                }
            }
        } finally {
            entityManager.close();
        }
    }

    private <T> T inTransaction(String tenant, SqlWork<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                bindTenant(connection, tenant);
                T result = work.execute(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                rollback(connection, e);
                throw e;
            }
        } catch (SQLException e) {
            throw new DataAccessException(e.getMessage(), e);
        }
    }

    private static void bindTenant(Connection connection, String tenant) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT set_config('app.tenant_id', ?, true)")) {
            statement.setString(1, tenant);
            statement.execute();
        }
    }

    private static void rollback(Connection connection, Throwable cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }
}
