package dev.platina.persistence.postgres.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.platina.persistence.api.DataAccessException;
import dev.platina.persistence.api.TenantId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DatabaseExtension.class)
class TenantIsolationTest {

    private final PlatformTestDatabase database;
    private final PostgresTenantTransactions transactions;
    private final TenantId tenantA = new TenantId(UUID.randomUUID());
    private final TenantId tenantB = new TenantId(UUID.randomUUID());

    TenantIsolationTest(PlatformTestDatabase database) {
        this.database = database;
        this.transactions = new PostgresTenantTransactions(database.appPool);
    }

    @Test
    void tenantSeesOnlyItsOwnRows() {
        insertSetting(tenantA, "timezone", "Europe/Vienna");
        insertSetting(tenantB, "timezone", "America/New_York");

        assertThat(settingsOf(tenantA)).containsExactly("timezone=Europe/Vienna");
        assertThat(settingsOf(tenantB)).containsExactly("timezone=America/New_York");
    }

    @Test
    void workWithoutTenantSeesNoTenantRows() {
        insertSetting(tenantA, "locale", "de-AT");

        long visible = transactions.withoutTenant(c -> count(c, "SELECT count(*) FROM tenant_setting"));

        assertThat(visible).isZero();
    }

    @Test
    void plainPooledConnectionSeesNoTenantRows() throws SQLException {
        insertSetting(tenantA, "plain", "x");

        try (Connection connection = database.appPool.getConnection()) {
            assertThat(count(connection, "SELECT count(*) FROM tenant_setting")).isZero();
        }
    }

    @Test
    void tenantCannotWriteRowsOfAnotherTenant() {
        assertThatThrownBy(() -> transactions.inTenant(tenantA, c -> insert(c, tenantB, "intrusion", "x")))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("row-level security");
        assertThat(settingsOf(tenantB)).isEmpty();
    }

    @Test
    void workWithoutTenantCannotWriteTenantRows() {
        assertThatThrownBy(() -> transactions.withoutTenant(c -> insert(c, tenantA, "orphan", "x")))
                .isInstanceOf(DataAccessException.class);
    }

    @Test
    void tenantCannotUpdateOrDeleteRowsOfAnotherTenant() {
        insertSetting(tenantB, "budget", "100");

        int updated = transactions.inTenant(tenantA, c -> execute(c, "UPDATE tenant_setting SET value = '0'"));
        int deleted = transactions.inTenant(tenantA, c -> execute(c, "DELETE FROM tenant_setting"));

        assertThat(updated).isZero();
        assertThat(deleted).isZero();
        assertThat(settingsOf(tenantB)).containsExactly("budget=100");
    }

    @Test
    void tenantDoesNotLeakIntoTheNextTransactionOnTheSameConnection() {
        insertSetting(tenantA, "leak", "x");
        // The pool holds 4 connections; repeating covers each of them after it served tenant A.
        for (int i = 0; i < 8; i++) {
            transactions.inTenant(tenantA, c -> count(c, "SELECT count(*) FROM tenant_setting"));
            long visible = transactions.withoutTenant(c -> count(c, "SELECT count(*) FROM tenant_setting"));
            assertThat(visible).isZero();
        }
    }

    @Test
    void applicationRoleCannotSwitchRowLevelSecurityOff() {
        assertThatThrownBy(() -> transactions.inTenant(tenantA,
                c -> execute(c, "ALTER TABLE tenant_setting DISABLE ROW LEVEL SECURITY")))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("must be owner");
        assertThatThrownBy(() -> transactions.withoutTenant(c -> execute(c, "SET row_security = off; "
                + "SELECT count(*) FROM tenant_setting")))
                .isInstanceOf(DataAccessException.class);
    }

    @Test
    void failedWorkIsRolledBack() {
        assertThatThrownBy(() -> transactions.inTenant(tenantA, c -> {
            insert(c, tenantA, "rolled-back", "x");
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(settingsOf(tenantA)).isEmpty();
    }

    @Test
    void applicationRoleHasNoWayAroundIsolation() throws SQLException {
        try (Connection owner = database.owner()) {
            assertThat(ApplicationRole.isolationViolations(owner, PlatformTestDatabase.APP_ROLE)).isEmpty();
            assertThat(ApplicationRole.unguardedTenantTables(owner)).isEmpty();
        }
    }

    @Test
    void unguardedTenantTableIsDetected() throws SQLException {
        try (Connection owner = database.owner()) {
            execute(owner, "CREATE TABLE platina.unguarded_probe (tenant_id uuid NOT NULL)");
            try {
                assertThat(ApplicationRole.unguardedTenantTables(owner)).containsExactly("platina.unguarded_probe");
            } finally {
                execute(owner, "DROP TABLE platina.unguarded_probe");
            }
        }
    }

    private void insertSetting(TenantId tenant, String name, String value) {
        transactions.inTenant(tenant, c -> insert(c, tenant, name, value));
    }

    private List<String> settingsOf(TenantId tenant) {
        return transactions.inTenant(tenant, c -> {
            var result = new ArrayList<String>();
            try (PreparedStatement query = c.prepareStatement("SELECT name, value FROM tenant_setting ORDER BY name");
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    result.add(rows.getString(1) + "=" + rows.getString(2));
                }
            }
            return result;
        });
    }

    private static int insert(Connection c, TenantId tenant, String name, String value) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO tenant_setting (tenant_id, name, value) VALUES (?, ?, ?)")) {
            insert.setObject(1, tenant.value());
            insert.setString(2, name);
            insert.setString(3, value);
            return insert.executeUpdate();
        }
    }

    static long count(Connection c, String sql) throws SQLException {
        try (PreparedStatement query = c.prepareStatement(sql); ResultSet row = query.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    private static int execute(Connection c, String sql) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            statement.execute();
            return statement.getUpdateCount();
        }
    }
}
