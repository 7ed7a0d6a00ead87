package dev.platina.ai.impl.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.platina.ai.api.AiSettings;
import dev.platina.persistence.api.TenantId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Map;
import java.util.Optional;

/** One row of settings per organisation; none means the defaults (the offline engine). */
final class SettingsStore {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The settings and the sealed key, if one is stored. */
    record Stored(AiSettings settings, Optional<byte[]> sealedKey) {
    }

    Optional<Stored> read(Connection c) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT provider, base_url, model, api_key, timeout_seconds,"
                + " max_retries, extras::text, monthly_tokens, updated_at, updated_by FROM platina.ai_settings")) {
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                byte[] key = rows.getBytes(4);
                AiSettings settings = new AiSettings(rows.getString(1), rows.getString(2), rows.getString(3),
                        key != null, rows.getInt(5), rows.getInt(6), extras(rows.getString(7)), rows.getLong(8),
                        Optional.of(rows.getTimestamp(9).toInstant()), Optional.of(rows.getString(10)));
                return Optional.of(new Stored(settings, Optional.ofNullable(key)));
            }
        }
    }

    void write(Connection c, TenantId tenant, AiSettings settings, Optional<byte[]> sealedKey, String by)
            throws SQLException {
        try (PreparedStatement upsert = c.prepareStatement("INSERT INTO platina.ai_settings (tenant_id, provider,"
                + " base_url, model, api_key, timeout_seconds, max_retries, extras, monthly_tokens, updated_at,"
                + " updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?) ON CONFLICT (tenant_id) DO UPDATE SET"
                + " provider = EXCLUDED.provider, base_url = EXCLUDED.base_url, model = EXCLUDED.model,"
                + " api_key = EXCLUDED.api_key, timeout_seconds = EXCLUDED.timeout_seconds,"
                + " max_retries = EXCLUDED.max_retries, extras = EXCLUDED.extras,"
                + " monthly_tokens = EXCLUDED.monthly_tokens, updated_at = EXCLUDED.updated_at,"
                + " updated_by = EXCLUDED.updated_by")) {
            upsert.setObject(1, tenant.value());
            upsert.setString(2, settings.provider());
            upsert.setString(3, settings.baseUrl());
            upsert.setString(4, settings.model());
            upsert.setBytes(5, sealedKey.orElse(null));
            upsert.setInt(6, settings.timeoutSeconds());
            upsert.setInt(7, settings.maxRetries());
            upsert.setString(8, JSON.writeValueAsString(settings.extras()));
            upsert.setLong(9, settings.monthlyTokenBudget());
            upsert.setTimestamp(10, Timestamp.from(settings.updatedAt().orElseThrow()));
            upsert.setString(11, by);
            upsert.executeUpdate();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> extras(String json) throws SQLException {
        try {
            return JSON.readValue(json, new TypeReference<Map<String, String>>() { });
        } catch (JsonProcessingException e) {
            throw new SQLException("ai_settings.extras is not a JSON object of texts", e);
        }
    }
}
