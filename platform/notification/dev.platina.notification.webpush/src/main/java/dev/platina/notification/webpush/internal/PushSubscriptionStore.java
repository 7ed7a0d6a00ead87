package dev.platina.notification.webpush.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.platina.core.api.SecretCipher;
import dev.platina.persistence.api.TenantId;
import dev.platina.persistence.api.TenantTransactions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The push subscriptions of an organisation's people, in {@code platina.push_subscription}. The endpoint and keys
 * are sealed together with the installation's cipher, bound to the row's id; only a hash of the endpoint is plain,
 * to find the same browser subscribing again.
 */
@Component(service = PushSubscriptionStore.class)
public final class PushSubscriptionStore {

    static final int MAX_USER_AGENT = 300;
    static final int MAX_ERROR = 500;

    private static final Logger LOG = LoggerFactory.getLogger(PushSubscriptionStore.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final TenantTransactions transactions;
    private final SecretCipher cipher;

    @Activate
    public PushSubscriptionStore(@Reference TenantTransactions transactions, @Reference SecretCipher cipher) {
        this.transactions = transactions;
        this.cipher = cipher;
    }

    /**
     * Keeps the subscription for the person and returns its id. The same endpoint subscribed before (by anyone in
     * the organisation: the browser changed hands) is replaced, so a device never gets another person's messages.
     */
    UUID save(TenantId tenant, UUID userId, PushKeys keys, String userAgent) {
        UUID id = UUID.randomUUID();
        byte[] secret = cipher.encrypt(seal(keys), purpose(id));
        return transactions.inTenant(tenant, c -> {
            try (PreparedStatement delete = c.prepareStatement(
                    "DELETE FROM platina.push_subscription WHERE endpoint_hash = ?")) {
                delete.setString(1, hash(keys.endpoint()));
                delete.executeUpdate();
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO platina.push_subscription (tenant_id, id,"
                    + " user_id, endpoint_hash, secret, user_agent) VALUES (?, ?, ?, ?, ?, ?)")) {
                insert.setObject(1, tenant.value());
                insert.setObject(2, id);
                insert.setObject(3, userId);
                insert.setString(4, hash(keys.endpoint()));
                insert.setBytes(5, secret);
                insert.setString(6, clip(userAgent, MAX_USER_AGENT));
                insert.executeUpdate();
            }
            return id;
        });
    }

    List<PushSubscription> subscriptionsOf(TenantId tenant, UUID userId) {
        List<PushSubscription> found = new ArrayList<>();
        transactions.inTenant(tenant, c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT id, secret FROM platina.push_subscription"
                    + " WHERE user_id = ? ORDER BY created_at")) {
                select.setObject(1, userId);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        UUID id = rows.getObject("id", UUID.class);
                        unseal(id, rows.getBytes("secret"))
                                .ifPresent(keys -> found.add(new PushSubscription(id, keys)));
                    }
                }
            }
            return null;
        });
        return found;
    }

    List<PushDevice> devicesOf(TenantId tenant, UUID userId) {
        return transactions.inTenant(tenant, c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT id, user_agent, created_at, last_used_at,"
                    + " last_error FROM platina.push_subscription WHERE user_id = ? ORDER BY created_at")) {
                select.setObject(1, userId);
                List<PushDevice> devices = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        Timestamp lastUsed = rows.getTimestamp("last_used_at");
                        devices.add(new PushDevice(rows.getObject("id", UUID.class),
                                Optional.ofNullable(rows.getString("user_agent")),
                                rows.getTimestamp("created_at").toInstant(),
                                Optional.ofNullable(lastUsed).map(Timestamp::toInstant),
                                Optional.ofNullable(rows.getString("last_error"))));
                    }
                }
                return devices;
            }
        });
    }

    boolean anyFor(TenantId tenant, UUID userId) {
        return transactions.inTenant(tenant, c -> {
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT 1 FROM platina.push_subscription WHERE user_id = ? LIMIT 1")) {
                select.setObject(1, userId);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next();
                }
            }
        });
    }

    /** Removes the person's own subscription; false when they have none with that id. */
    boolean remove(TenantId tenant, UUID userId, UUID id) {
        return transactions.inTenant(tenant, c -> update(c,
                "DELETE FROM platina.push_subscription WHERE id = ? AND user_id = ?", id, userId) > 0);
    }

    /** Whether the person has a subscription with this endpoint. */
    boolean hasEndpoint(TenantId tenant, UUID userId, String endpoint) {
        return transactions.inTenant(tenant, c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT 1 FROM platina.push_subscription"
                    + " WHERE user_id = ? AND endpoint_hash = ?")) {
                select.setObject(1, userId);
                select.setString(2, hash(endpoint));
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next();
                }
            }
        });
    }

    /** Removes the person's subscription with this endpoint; its id, empty when they had none. */
    Optional<UUID> removeEndpoint(TenantId tenant, UUID userId, String endpoint) {
        return transactions.inTenant(tenant, c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM platina.push_subscription"
                    + " WHERE user_id = ? AND endpoint_hash = ? RETURNING id")) {
                delete.setObject(1, userId);
                delete.setString(2, hash(endpoint));
                try (ResultSet rows = delete.executeQuery()) {
                    return rows.next() ? Optional.of(rows.getObject(1, UUID.class)) : Optional.<UUID>empty();
                }
            }
        });
    }

    /** Removes a subscription the push service says is gone. */
    void removeGone(TenantId tenant, UUID id) {
        transactions.inTenant(tenant, c -> update(c, "DELETE FROM platina.push_subscription WHERE id = ?", id));
    }

    void recordSuccess(TenantId tenant, UUID id) {
        transactions.inTenant(tenant, c -> update(c, "UPDATE platina.push_subscription SET last_used_at = now(),"
                + " last_error = NULL WHERE id = ?", id));
    }

    void recordFailure(TenantId tenant, UUID id, String error) {
        transactions.inTenant(tenant, c -> update(c, "UPDATE platina.push_subscription SET last_error = ?"
                + " WHERE id = ?", clip(error, MAX_ERROR), id));
    }

    private static int update(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        }
    }

    private static byte[] seal(PushKeys keys) {
        try {
            return JSON.writeValueAsBytes(Map.of("endpoint", keys.endpoint(), "p256dh",
                    Base64Url.encode(keys.p256dh()), "auth", Base64Url.encode(keys.auth())));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A row sealed with another master key cannot be used; it is left for its owner to see and remove. */
    private Optional<PushKeys> unseal(UUID id, byte[] secret) {
        try {
            Map<?, ?> map = JSON.readValue(cipher.decrypt(secret, purpose(id)), Map.class);
            return Optional.of(new PushKeys((String) map.get("endpoint"), Base64Url.decode((String) map.get("p256dh")),
                    Base64Url.decode((String) map.get("auth"))));
        } catch (IOException | RuntimeException e) {
            LOG.warn("Push subscription {} cannot be opened and is skipped: {}", id, e.getMessage());
            return Optional.empty();
        }
    }

    static String purpose(UUID id) {
        return "push-subscription:" + id;
    }

    static String hash(String endpoint) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(endpoint.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String clip(String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return text.length() <= max ? text : text.substring(0, max);
    }
}
