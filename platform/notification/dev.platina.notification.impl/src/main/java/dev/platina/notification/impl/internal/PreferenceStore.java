package dev.platina.notification.impl.internal;

import dev.platina.notification.api.NotificationPreferences;
import dev.platina.persistence.api.TenantId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Each person's notification preferences, one row per person (none: the defaults). */
final class PreferenceStore {

    NotificationPreferences of(Connection c, UUID userId) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT muted_channels, quiet_from, quiet_until, time_zone"
                + " FROM platina.notification_preference WHERE user_id = ?")) {
            query.setObject(1, userId);
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    return NotificationPreferences.defaults();
                }
                String[] muted = (String[]) rows.getArray(1).getArray();
                return new NotificationPreferences(Set.of(muted),
                        Optional.ofNullable(rows.getTime(2)).map(Time::toLocalTime),
                        Optional.ofNullable(rows.getTime(3)).map(Time::toLocalTime), ZoneId.of(rows.getString(4)));
            }
        }
    }

    void save(Connection c, TenantId tenant, UUID userId, NotificationPreferences preferences) throws SQLException {
        try (PreparedStatement upsert = c.prepareStatement("INSERT INTO platina.notification_preference (tenant_id,"
                + " user_id, muted_channels, quiet_from, quiet_until, time_zone) VALUES (?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT (tenant_id, user_id) DO UPDATE SET muted_channels = EXCLUDED.muted_channels,"
                + " quiet_from = EXCLUDED.quiet_from, quiet_until = EXCLUDED.quiet_until,"
                + " time_zone = EXCLUDED.time_zone, updated_at = now()")) {
            upsert.setObject(1, tenant.value());
            upsert.setObject(2, userId);
            upsert.setArray(3, c.createArrayOf("text", preferences.mutedChannels().stream().sorted().toArray()));
            upsert.setTime(4, preferences.quietFrom().map(Time::valueOf).orElse(null));
            upsert.setTime(5, preferences.quietUntil().map(Time::valueOf).orElse(null));
            upsert.setString(6, preferences.timeZone().getId());
            upsert.executeUpdate();
        }
    }
}
