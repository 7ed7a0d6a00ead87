package dev.platina.identity.impl.internal;

import dev.platina.persistence.api.JpaWork;
import dev.platina.persistence.api.PersistenceUnitDefaults;
import dev.platina.persistence.api.SqlWork;
import dev.platina.persistence.api.TenantId;
import dev.platina.persistence.api.TenantTransactions;
import java.util.Map;
import javax.persistence.EntityManagerFactory;
import javax.sql.DataSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jpa.EntityManagerFactoryBuilder;

/**
 * The identity persistence unit bound to the platform's application pool, and the tenant transactions that
 * scope every piece of work to one organisation.
 */
@Component(service = IdentityPersistence.class)
public final class IdentityPersistence {

    static final String UNIT = "platina-identity";

    private final EntityManagerFactory factory;
    private final TenantTransactions transactions;

    @Activate
    public IdentityPersistence(
            @Reference(target = "(osgi.unit.name=" + UNIT + ")") EntityManagerFactoryBuilder builder,
            @Reference(target = PersistenceUnitDefaults.DATA_SOURCE_FILTER) DataSource dataSource,
            @Reference TenantTransactions transactions) {
        this(builder.createEntityManagerFactory(Map.of("javax.persistence.nonJtaDataSource", dataSource)),
                transactions);
    }

    IdentityPersistence(EntityManagerFactory factory, TenantTransactions transactions) {
        this.factory = factory;
        this.transactions = transactions;
    }

    @Deactivate
    void close() {
        factory.close();
    }

    <T> T jpa(TenantId tenant, JpaWork<T> work) {
        return transactions.inTenant(tenant, factory, work);
    }

    <T> T sql(TenantId tenant, SqlWork<T> work) {
        return transactions.inTenant(tenant, work);
    }

    <T> T platformSql(SqlWork<T> work) {
        return transactions.withoutTenant(work);
    }
}
