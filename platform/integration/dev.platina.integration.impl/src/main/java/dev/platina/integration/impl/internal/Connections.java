package dev.platina.integration.impl.internal;

import dev.platina.audit.api.AuditEvent;
import dev.platina.audit.api.AuditLog;
import dev.platina.audit.api.AuditOutcome;
import dev.platina.core.api.SecretCipher;
import dev.platina.integration.api.Connection;
import dev.platina.integration.api.ConnectionState;
import dev.platina.integration.api.ConnectorDescriptor;
import dev.platina.integration.api.CredentialField;
import dev.platina.integration.api.NeedsAuthorisationException;
import dev.platina.integration.api.OAuth2Client;
import dev.platina.persistence.api.TenantId;
import dev.platina.persistence.api.TenantTransactions;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Opens stored connections for connector code and records what happens to them (health, refreshed tokens). Shared
 * by the connection service, the webhook ingress, the poller and the deliveries.
 */
@Component(service = Connections.class, configurationPid = ConnectionsConfiguration.PID)
@Designate(ocd = ConnectionsConfiguration.class)
public final class Connections {

    static final String SECRETS = "secrets";
    static final String TOKENS = "tokens";
    /** Token-answer fields share the sealed grant with the tokens, under names no token field has. */
    private static final String ANSWER_PREFIX = "answer:";
    /** A token this close to expiry is refreshed first, so it does not run out during the call. */
    private static final Duration EARLY_REFRESH = Duration.ofSeconds(60);
    private static final Pattern ACTION_PART = Pattern.compile("[a-z][a-z0-9]*(\\.[a-z][a-z0-9]*)*");

    private final TenantTransactions transactions;
    private final SealedValues sealed;
    private final ConnectorRegistry registry;
    private final AuditLog audit;
    private final AddressGuard addresses;
    private final OAuthTokens tokens;
    private final Clock clock;
    private final Map<UUID, Object> refreshLocks = new ConcurrentHashMap<>();
    /** Each connection's breaker, shared by the deliveries of every bundle. */
    private final Map<UUID, CircuitBreaker> breakers = new ConcurrentHashMap<>();

    @Activate
    public Connections(@Reference TenantTransactions transactions, @Reference SecretCipher cipher,
            @Reference ConnectorRegistry registry, @Reference AuditLog audit, ConnectionsConfiguration config) {
        this(transactions, cipher, registry, audit, AddressGuard.of(config.allowPrivateAddresses()),
                new OAuthTokens(Duration.ofSeconds(20)), Clock.systemUTC());
    }

    Connections(TenantTransactions transactions, SecretCipher cipher, ConnectorRegistry registry, AuditLog audit,
            AddressGuard addresses, OAuthTokens tokens, Clock clock) {
        this.transactions = transactions;
        this.addresses = addresses;
        this.audit = audit;
        this.sealed = new SealedValues(cipher);
        this.registry = registry;
        this.tokens = tokens;
        this.clock = clock;
    }

    Map<UUID, CircuitBreaker> breakers() {
        return breakers;
    }

    TenantTransactions transactions() {
        return transactions;
    }

    SealedValues sealed() {
        return sealed;
    }

    AddressGuard addresses() {
        return addresses;
    }

    ConnectorRegistry registry() {
        return registry;
    }

    OAuthTokens tokens() {
        return tokens;
    }

    Clock clock() {
        return clock;
    }

    Optional<Connection> of(TenantId organization, String connector) {
        return transactions.inTenant(organization, c -> ConnectionStore.byConnector(c, connector))
                .map(this::open);
    }

    /** The connection with this id in whichever organisation holds it (for the webhook ingress). */
    Optional<ConnectionRow> findAnywhere(UUID id) {
        return transactions.withoutTenant(c -> ConnectionStore.byId(c, id));
    }

    StoredConnection open(ConnectionRow row) {
        Map<String, String> secrets = sealed.open(row.organization(), row.connector(), SECRETS, row.secrets());
        return new StoredConnection(row, withDefaults(row.connector(), row.settings()), secrets, this);
    }

    /** The settings with the connector's defaults filled in for fields left empty. */
    Map<String, String> withDefaults(String connector, Map<String, String> settings) {
        var all = new LinkedHashMap<String, String>(settings);
        registry.connector(connector).map(c -> c.descriptor().fields()).ifPresent(fields -> {
            for (CredentialField field : fields) {
                if (!field.secret() && field.defaultValue().isPresent()
                        && (all.get(field.name()) == null || all.get(field.name()).isBlank())) {
                    all.put(field.name(), field.defaultValue().get());
                }
            }
        });
        return all;
    }

    void healthy(TenantId organization, UUID id) {
        transactions.inTenant(organization, c -> {
            ConnectionStore.markHealthy(c, id);
            return null;
        });
    }

    void failed(TenantId organization, UUID id, String plainWords) {
        failed(organization, id, ConnectionState.FAILING, plainWords);
    }

    void failed(TenantId organization, UUID id, ConnectionState state, String plainWords) {
        transactions.inTenant(organization, c -> {
            ConnectionStore.markFailed(c, id, state, plainWords == null || plainWords.isBlank()
                    ? "The connection failed without saying why." : plainWords);
            return null;
        });
    }

    /** @param refused the token the vendor just refused, or null */
    String accessToken(StoredConnection connection, String refused) throws IOException {
        ConnectorDescriptor descriptor = registry.connector(connection.connectorId())
                .map(c -> c.descriptor()).orElseThrow(() -> new IOException("The connector '"
                        + connection.connectorId() + "' is not installed."));
        OAuth2Client client = descriptor.oauth2().orElseThrow(() -> new NeedsAuthorisationException(
                descriptor.name() + " is connected with keys, not OAuth 2.0: there is no access token."));
        synchronized (refreshLocks.computeIfAbsent(connection.id(), id -> new Object())) {
            ConnectionRow row = transactions.inTenant(connection.organization(),
                    c -> ConnectionStore.byId(c, connection.id())).orElseThrow(() -> new NeedsAuthorisationException(
                            descriptor.name() + " was disconnected."));
            Map<String, String> grant = sealed.open(row.organization(), row.connector(), TOKENS, row.tokens());
            if (grant.get("access_token") == null) {
                throw new NeedsAuthorisationException(descriptor.name() + " has not been authorised yet.");
            }
            boolean fresh = row.tokenExpiresAt().map(at -> at.isAfter(clock.instant().plus(EARLY_REFRESH)))
                    .orElse(true) && !grant.get("access_token").equals(refused);
            if (fresh) {
                return grant.get("access_token");
            }
            String refreshToken = grant.get("refresh_token");
            if (refreshToken == null) {
                return refused(connection, descriptor, "the access token expired and there is no refresh token");
            }
            OAuthTokens.Grant renewed;
            try {
                renewed = tokens.refresh(client, connection.settings(), secretsOf(connection, client),
                        refreshToken);
            } catch (OAuthTokens.RefusedException e) {
                return refused(connection, descriptor, e.getMessage());
            }
            store(connection.organization(), connection.connectorId(), connection.id(), renewed.after(
                    refreshToken, answerOf(grant)));
            return renewed.accessToken();
        }
    }

    void auditRefusal(StoredConnection connection, String what, String reason, Map<String, String> details) {
        if (what == null || !ACTION_PART.matcher(what).matches()) {
            throw new IllegalArgumentException("An audited refusal is named in lower case words with dots, not '"
                    + what + "'");
        }
        AuditEvent.Builder event = AuditEvent.of(connection.organization(), "integration." + connection.connectorId()
                + "." + what).actor(null, "connector:" + connection.connectorId())
                .target("connection", connection.id().toString()).outcome(AuditOutcome.DENIED)
                .detail("reason", reason);
        details.forEach(event::detail);
        audit.record(event.build());
    }

    /** A field of the last token answer, read from the sealed grant; empty before authorisation. */
    Optional<String> tokenAnswer(StoredConnection connection, String field) {
        return transactions.inTenant(connection.organization(), c -> ConnectionStore.byId(c, connection.id()))
                .filter(row -> row.tokens() != null)
                .map(row -> sealed.open(row.organization(), row.connector(), TOKENS, row.tokens()))
                .map(grant -> grant.get(ANSWER_PREFIX + field));
    }

    private static Map<String, String> answerOf(Map<String, String> grant) {
        var answer = new LinkedHashMap<String, String>();
        grant.forEach((name, value) -> {
            if (name.startsWith(ANSWER_PREFIX)) {
                answer.put(name.substring(ANSWER_PREFIX.length()), value);
            }
        });
        return answer;
    }

    void store(TenantId organization, String connector, UUID id, OAuthTokens.Grant grant) {
        var values = new LinkedHashMap<String, String>();
        values.put("access_token", grant.accessToken());
        grant.refreshToken().ifPresent(token -> values.put("refresh_token", token));
        grant.answer().forEach((name, value) -> values.put(ANSWER_PREFIX + name, value));
        byte[] sealedTokens = sealed.seal(organization, connector, TOKENS, values);
        transactions.inTenant(organization, c -> {
            ConnectionStore.saveTokens(c, id, sealedTokens, grant.expiresIn().map(in -> clock.instant().plus(in)));
            return null;
        });
    }

    private String refused(StoredConnection connection, ConnectorDescriptor descriptor, String why)
            throws NeedsAuthorisationException {
        String message = descriptor.name() + " needs to be authorised again: " + why + ".";
        failed(connection.organization(), connection.id(), ConnectionState.NEEDS_AUTHORISATION, message);
        throw new NeedsAuthorisationException(message);
    }

    private static OAuthTokens.ClientCredentials secretsOf(Connection connection, OAuth2Client client) {
        String id = connection.setting(client.clientIdField()).or(() -> connection.secret(client.clientIdField()))
                .orElse("");
        String secret = connection.secret(client.clientSecretField())
                .or(() -> connection.setting(client.clientSecretField())).orElse("");
        return new OAuthTokens.ClientCredentials(id, secret);
    }

    static OAuthTokens.ClientCredentials clientOf(Connection connection, OAuth2Client client) {
        return secretsOf(connection, client);
    }
}
