package dev.platina.marketplace.impl.internal;

import dev.platina.persistence.api.TenantTransactions;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;

/** The version of each skill installed through the marketplace and the one before it, for rollback. */
final class InstallationRecords {

    private final TenantTransactions transactions;

    InstallationRecords(TenantTransactions transactions) {
        this.transactions = transactions;
    }

    record Record(String skillId, String version, Optional<String> previousVersion) {
    }

    Optional<Record> find(String skillId) {
        return transactions.withoutTenant(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT version, previous_version FROM platina.skill_installation WHERE skill_id = ?")) {
                statement.setString(1, skillId);
                try (ResultSet row = statement.executeQuery()) {
                    return row.next()
                            ? Optional.of(new Record(skillId, row.getString(1), Optional.ofNullable(row.getString(2))))
                            : Optional.<Record>empty();
                }
            }
        });
    }

    void installed(String skillId, String version, Optional<String> previousVersion, String by) {
        transactions.withoutTenant(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "INSERT INTO platina.skill_installation (skill_id, version, previous_version, updated_by)"
                            + " VALUES (?, ?, ?, ?) ON CONFLICT (skill_id) DO UPDATE SET version = EXCLUDED.version,"
                            + " previous_version = EXCLUDED.previous_version, updated_by = EXCLUDED.updated_by,"
                            + " updated_at = now()")) {
                statement.setString(1, skillId);
                statement.setString(2, version);
                statement.setString(3, previousVersion.orElse(null));
                statement.setString(4, by);
                statement.executeUpdate();
            }
            return null;
        });
    }

    void removed(String skillId) {
        transactions.withoutTenant(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "DELETE FROM platina.skill_installation WHERE skill_id = ?")) {
                statement.setString(1, skillId);
                statement.executeUpdate();
            }
            return null;
        });
    }
}
