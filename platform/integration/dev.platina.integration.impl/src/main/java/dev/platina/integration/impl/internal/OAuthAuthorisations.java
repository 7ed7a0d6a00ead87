package dev.platina.integration.impl.internal;

import dev.platina.audit.api.AuditEvent;
import dev.platina.audit.api.AuditLog;
import dev.platina.audit.api.AuditOutcome;
import dev.platina.core.api.ConflictException;
import dev.platina.core.api.InvalidInputException;
import dev.platina.identity.api.AuditEvents;
import dev.platina.identity.api.Caller;
import dev.platina.integration.api.AuthorisationOutcome;
import dev.platina.integration.api.ConnectionState;
import dev.platina.integration.api.ConnectorDescriptor;
import dev.platina.integration.api.OAuth2Client;
import dev.platina.persistence.api.TenantId;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The OAuth 2.0 authorisation code flow with PKCE (RFC 7636, S256): a random single-use {@code state} bound to the
 * organisation, connector and administrator, kept only as its hash and expiring after ten minutes.
 */
final class OAuthAuthorisations {

    static final Duration LIFETIME = Duration.ofMinutes(10);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder URL_SAFE = Base64.getUrlEncoder().withoutPadding();

    private final Connections connections;
    private final AuditLog audit;

    OAuthAuthorisations(Connections connections, AuditLog audit) {
        this.connections = connections;
        this.audit = audit;
    }

    URI start(Caller caller, ConnectorDescriptor connector, ConnectionForm form, URI redirectUri, Runnable store) {
        OAuth2Client client = connector.oauth2().orElseThrow(() -> new ConflictException(connector.name()
                + " is connected with its fields, not by authorising: use PUT /api/v1/connections/"
                + connector.id() + "."));
        if (redirectUri == null || !redirectUri.isAbsolute()) {
            throw InvalidInputException.of("redirectUri", "must be an absolute URL");
        }
        store.run();
        String state = random();
        String verifier = random();
        byte[] sealedVerifier = connections.sealed().seal(caller.organization(), connector.id(), "pkce",
                Map.of("verifier", verifier));
        Instant expires = connections.clock().instant().plus(LIFETIME);
        connections.transactions().inTenant(caller.organization(), c -> {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO platina.integration_authorisation"
                    + " (tenant_id, state_hash, connector, user_id, username, code_verifier, redirect_uri,"
                    + " expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setObject(1, caller.organization().value());
                insert.setString(2, hash(state));
                insert.setString(3, connector.id());
                insert.setObject(4, caller.userId());
                insert.setString(5, caller.username());
                insert.setBytes(6, sealedVerifier);
                insert.setString(7, redirectUri.toString());
                insert.setTimestamp(8, Timestamp.from(expires));
                insert.executeUpdate();
            }
            return null;
        });
        Map<String, String> settings = connections.withDefaults(connector.id(), form.settings());
        var query = new LinkedHashMap<String, String>();
        query.put("response_type", "code");
        query.put("client_id", form.settings().getOrDefault(client.clientIdField(),
                form.secrets().getOrDefault(client.clientIdField(), "")));
        query.put("redirect_uri", redirectUri.toString());
        if (!client.scopes().isEmpty()) {
            query.put("scope", String.join(" ", client.scopes()));
        }
        query.put("state", state);
        query.put("code_challenge", URL_SAFE.encodeToString(sha256(verifier)));
        query.put("code_challenge_method", "S256");
        query.putAll(client.extraAuthorizeParameters());
        String base = OAuthTokens.expand(client.authorizeUrl(), settings);
        audit.record(AuditEvents.by(caller, "integration.authorise").target("connector", connector.id())
                .detail("step", "started").build());
        return URI.create(base + (base.contains("?") ? "&" : "?") + OAuthTokens.form(query));
    }

    private record Pending(TenantId organization, String connector, UUID userId, String username, byte[] verifier,
            String redirectUri, Instant expiresAt) {
    }

    AuthorisationOutcome complete(String state, String code, String error, Consumer<StoredConnection> check) {
        if (state == null || state.isBlank() || state.length() > 200) {
            return new AuthorisationOutcome(Optional.empty(), false, "The authorisation could not be matched to"
                    + " one that was started here. Start it again from Settings > Connections.");
        }
        String stateHash = hash(state);
        Optional<TenantId> organization = connections.transactions().withoutTenant(c -> {
            try (PreparedStatement query = c.prepareStatement("SELECT tenant_id FROM"
                    + " platina.integration_authorisation WHERE state_hash = ?")) {
                query.setString(1, stateHash);
                try (ResultSet rows = query.executeQuery()) {
                    return rows.next() ? Optional.of(new TenantId(rows.getObject(1, UUID.class)))
                            : Optional.<TenantId>empty();
                }
            }
        });
        Optional<Pending> pending = organization.flatMap(tenant -> connections.transactions().inTenant(tenant,
                c -> {
                    // Deleting it is what makes the state single-use, even when two callbacks race.
                    try (PreparedStatement take = c.prepareStatement("DELETE FROM platina.integration_authorisation"
                            + " WHERE state_hash = ? RETURNING connector, user_id, username, code_verifier,"
                            + " redirect_uri, expires_at")) {
                        take.setString(1, stateHash);
                        try (ResultSet rows = take.executeQuery()) {
                            return rows.next() ? Optional.of(new Pending(tenant, rows.getString(1),
                                    rows.getObject(2, UUID.class), rows.getString(3), rows.getBytes(4),
                                    rows.getString(5), rows.getTimestamp(6).toInstant())) : Optional.<Pending>empty();
                        }
                    }
                }));
        if (pending.isEmpty()) {
            return new AuthorisationOutcome(Optional.empty(), false, "This authorisation link was already used or"
                    + " is unknown. Start it again from Settings > Connections.");
        }
        Pending p = pending.get();
        String vendor = connections.registry().vendorName(p.connector());
        if (p.expiresAt().isBefore(connections.clock().instant())) {
            return failed(p, vendor + " was not authorised: more than ten minutes passed since it was started."
                    + " Start it again.");
        }
        if (error != null && !error.isBlank()) {
            return failed(p, vendor + " was not authorised: " + vendor + " answered '" + error + "'"
                    + (error.equals("access_denied") ? " (access was declined)." : "."));
        }
        if (code == null || code.isBlank()) {
            return failed(p, vendor + " sent no authorisation code back. Start it again.");
        }
        Optional<ConnectionRow> row = connections.transactions().inTenant(p.organization(),
                c -> ConnectionStore.byConnector(c, p.connector()));
        Optional<OAuth2Client> client = connections.registry().connector(p.connector())
                .flatMap(c -> c.descriptor().oauth2());
        if (row.isEmpty() || client.isEmpty()) {
            return failed(p, vendor + " was disconnected or removed while it was being authorised.");
        }
        StoredConnection connection = connections.open(row.get());
        String verifier = connections.sealed().open(p.organization(), p.connector(), "pkce", p.verifier())
                .get("verifier");
        OAuthTokens.Grant grant;
        try {
            grant = connections.tokens().exchange(client.get(), connection.settings(),
                    Connections.clientOf(connection, client.get()), code, p.redirectUri(), verifier);
        } catch (OAuthTokens.RefusedException e) {
            return failed(p, vendor + " refused the authorisation: " + e.getMessage() + ".");
        } catch (IOException e) {
            return failed(p, vendor + " could not be reached to finish the authorisation: " + e.getMessage());
        }
        connections.store(p.organization(), p.connector(), connection.id(), grant);
        connections.healthy(p.organization(), connection.id());
        check.accept(connections.open(connections.transactions().inTenant(p.organization(),
                c -> ConnectionStore.byId(c, connection.id())).orElseThrow()));
        audit.record(event(p).detail("step", "completed").build());
        return new AuthorisationOutcome(Optional.of(p.connector()), true, vendor + " is connected.");
    }

    private AuthorisationOutcome failed(Pending p, String message) {
        connections.transactions().inTenant(p.organization(), c -> ConnectionStore.byConnector(c, p.connector()))
                .ifPresent(row -> connections.failed(p.organization(), row.id(), ConnectionState.NEEDS_AUTHORISATION,
                        message));
        audit.record(event(p).outcome(AuditOutcome.FAILURE).detail("reason", message).build());
        return new AuthorisationOutcome(Optional.of(p.connector()), false, message);
    }

    private static AuditEvent.Builder event(Pending p) {
        return AuditEvent.of(p.organization(), "integration.authorise")
                .actor(p.userId() == null ? null : p.userId().toString(), p.username())
                .target("connector", p.connector());
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return URL_SAFE.encodeToString(bytes);
    }

    static String hash(String state) {
        return Base64.getEncoder().encodeToString(sha256(state));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
