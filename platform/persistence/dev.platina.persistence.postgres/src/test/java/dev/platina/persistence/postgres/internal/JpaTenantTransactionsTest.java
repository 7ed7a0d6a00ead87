package dev.platina.persistence.postgres.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.platina.persistence.api.TenantId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.persistence.EntityManagerFactory;
import javax.persistence.Persistence;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DatabaseExtension.class)
class JpaTenantTransactionsTest {

    private final PostgresTenantTransactions transactions;
    private final EntityManagerFactory factory;
    private final TenantId tenantA = new TenantId(UUID.randomUUID());
    private final TenantId tenantB = new TenantId(UUID.randomUUID());

    JpaTenantTransactionsTest(PlatformTestDatabase database) {
        this.transactions = new PostgresTenantTransactions(database.appPool);
        this.factory = Persistence.createEntityManagerFactory("tenant-settings-test",
                Map.of("javax.persistence.nonJtaDataSource", database.appPool));
    }

    @AfterEach
    void closeFactory() {
        factory.close();
    }

    @Test
    void entitiesAreWrittenWithTheTenantAndReadBackOnlyByIt() {
        persist(tenantA, "currency", "EUR");
        persist(tenantB, "currency", "USD");

        assertThat(valuesOf(tenantA)).containsExactly("currency=EUR");
        assertThat(valuesOf(tenantB)).containsExactly("currency=USD");
    }

    @Test
    void nativeQueryAsOneTenantCannotSeeAnotherTenantsRows() {
        persist(tenantB, "secret", "b-only");

        Number visible = transactions.inTenant(tenantA, factory, em -> (Number) em
                .createNativeQuery("SELECT count(*) FROM tenant_setting WHERE name = 'secret'").getSingleResult());

        assertThat(visible.longValue()).isZero();
    }

    @Test
    void nativeInsertForAnotherTenantIsRefusedByTheDatabase() {
        assertThatThrownBy(() -> transactions.inTenant(tenantA, factory, em -> em
                .createNativeQuery("INSERT INTO tenant_setting (tenant_id, name, value) VALUES (?, 'x', 'y')")
                .setParameter(1, tenantB.toString())
                .executeUpdate()))
                .hasStackTraceContaining("row-level security");
    }

    private void persist(TenantId tenant, String name, String value) {
        transactions.inTenant(tenant, factory, em -> {
            em.persist(new TenantSettingEntity(name, value));
            return null;
        });
    }

    private List<String> valuesOf(TenantId tenant) {
        return transactions.inTenant(tenant, factory, em -> em
                .createQuery("SELECT s FROM TenantSettingEntity s ORDER BY s.name", TenantSettingEntity.class)
                .getResultList().stream()
                .map(s -> s.name() + "=" + s.value())
                .toList());
    }
}
