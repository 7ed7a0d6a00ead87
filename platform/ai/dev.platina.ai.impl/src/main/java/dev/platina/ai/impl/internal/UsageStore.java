package dev.platina.ai.impl.internal;

import dev.platina.ai.api.AiUsage;
import dev.platina.persistence.api.TenantId;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;

/** Tokens per organisation and month (UTC). */
final class UsageStore {

    AiUsage of(Connection c, YearMonth month, long budget) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT input_tokens, output_tokens, calls FROM"
                + " platina.ai_usage WHERE month = ?")) {
            query.setDate(1, Date.valueOf(month.atDay(1)));
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? new AiUsage(month, rows.getLong(1), rows.getLong(2), rows.getLong(3), budget)
                        : new AiUsage(month, 0, 0, 0, budget);
            }
        }
    }

    void add(Connection c, TenantId tenant, YearMonth month, long input, long output) throws SQLException {
        try (PreparedStatement upsert = c.prepareStatement("INSERT INTO platina.ai_usage (tenant_id, month,"
                + " input_tokens, output_tokens, calls) VALUES (?, ?, ?, ?, 1) ON CONFLICT (tenant_id, month) DO UPDATE"
                + " SET input_tokens = platina.ai_usage.input_tokens + EXCLUDED.input_tokens,"
                + " output_tokens = platina.ai_usage.output_tokens + EXCLUDED.output_tokens,"
                + " calls = platina.ai_usage.calls + 1")) {
            upsert.setObject(1, tenant.value());
            upsert.setDate(2, Date.valueOf(month.atDay(1)));
            upsert.setLong(3, input);
            upsert.setLong(4, output);
            upsert.executeUpdate();
        }
    }
}
