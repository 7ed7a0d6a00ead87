package dev.platina.marketplace.impl.internal;

import dev.platina.persistence.api.TenantId;
import dev.platina.persistence.api.TenantTransactions;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Which skills an organisation enabled and the permissions it granted each, in {@code platina.skill_enablement}
 * (row-level security: an organisation reads and writes its own rows; the platform may read who uses a skill).
 */
final class EnablementStore {

    private final TenantTransactions transactions;

    EnablementStore(TenantTransactions transactions) {
        this.transactions = transactions;
    }

    void enable(TenantId organization, String skillId, Set<String> permissions, UUID enabledBy) {
        transactions.inTenant(organization, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "INSERT INTO platina.skill_enablement (tenant_id, skill_id, permissions, enabled_by)"
                            + " VALUES (?, ?, ?, ?) ON CONFLICT (tenant_id, skill_id) DO UPDATE"
                            + " SET permissions = EXCLUDED.permissions, enabled_by = EXCLUDED.enabled_by,"
                            + " enabled_at = now()")) {
                statement.setObject(1, organization.value());
                statement.setString(2, skillId);
                statement.setString(3, String.join(" ", permissions));
                statement.setObject(4, enabledBy);
                statement.executeUpdate();
            }
            return null;
        });
    }

    boolean disable(TenantId organization, String skillId) {
        return transactions.inTenant(organization, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "DELETE FROM platina.skill_enablement WHERE tenant_id = ? AND skill_id = ?")) {
                statement.setObject(1, organization.value());
                statement.setString(2, skillId);
                return statement.executeUpdate() > 0;
            }
        });
    }

    /** Skill id -> granted permissions, for one organisation. */
    Map<String, Set<String>> enabledIn(TenantId organization) {
        return transactions.inTenant(organization, connection -> {
            var enabled = new LinkedHashMap<String, Set<String>>();
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT skill_id, permissions FROM platina.skill_enablement WHERE tenant_id = ? ORDER BY skill_id")) {
                statement.setObject(1, organization.value());
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        enabled.put(rows.getString(1), permissions(rows.getString(2)));
                    }
                }
            }
            return enabled;
        });
    }

    /** The organisations that have the skill enabled, with their slugs, read as the platform. */
    Map<TenantId, String> organizationsUsing(String skillId) {
        return transactions.withoutTenant(connection -> {
            var organizations = new LinkedHashMap<TenantId, String>();
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT e.tenant_id, o.slug FROM platina.skill_enablement e"
                            + " JOIN platina.organization o ON o.id = e.tenant_id WHERE e.skill_id = ? ORDER BY o.slug")) {
                statement.setString(1, skillId);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        organizations.put(new TenantId(rows.getObject(1, UUID.class)), rows.getString(2));
                    }
                }
            }
            return organizations;
        });
    }

    /** Counts per skill of the organisations using it. */
    Map<String, Integer> usageCounts() {
        return transactions.withoutTenant(connection -> {
            var counts = new LinkedHashMap<String, Integer>();
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT skill_id, count(*) FROM platina.skill_enablement GROUP BY skill_id");
                    ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    counts.put(rows.getString(1), rows.getInt(2));
                }
            }
            return counts;
        });
    }

    private static Set<String> permissions(String text) {
        List<String> list = new ArrayList<>(Arrays.asList(text.trim().split("\\s+")));
        list.removeIf(String::isEmpty);
        return new LinkedHashSet<>(list);
    }
}
