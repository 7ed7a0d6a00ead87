package dev.platina.integration.impl.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.platina.core.api.AccessDeniedException;
import dev.platina.core.api.InvalidInputException;
import dev.platina.identity.api.Caller;
import dev.platina.identity.api.Permission;
import dev.platina.integration.api.ConnectionState;
import dev.platina.integration.api.ConnectorStatus;
import dev.platina.integration.api.NeedsAuthorisationException;
import dev.platina.persistence.api.TenantId;
import dev.platina.persistence.postgres.internal.DatabaseExtension;
import dev.platina.persistence.postgres.internal.PlatformTestDatabase;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Connecting by key and by OAuth 2.0 against a local vendor, over the real database, cipher and audit trail. */
@ExtendWith(DatabaseExtension.class)
class ConnectionServiceTest {

    private static final URI CALLBACK = URI.create("https://platina.example/api/v1/connections/oauth/callback");

    private final PlatformTestDatabase database;
    private KitFixture kit;
    private AcmePeer peer;
    private TenantId tenant;
    private Caller admin;

    ConnectionServiceTest(PlatformTestDatabase database) {
        this.database = database;
    }

    @BeforeEach
    void start() throws Exception {
        kit = new KitFixture(database);
        kit.registry.register(AcmeConnectors.byKey());
        kit.registry.register(AcmeConnectors.byOAuth());
        peer = new AcmePeer();
        tenant = database.newTenant();
        admin = KitFixture.admin(tenant);
    }

    @AfterEach
    void stop() {
        peer.close();
    }

    @Test
    void aCheckedKeyIsStoredSealedAndNeverShownOrAudited() throws Exception {
        ConnectorStatus status = kit.service.connect(admin, "acme", Map.of("apiKey", AcmePeer.GOOD_KEY,
                "baseUrl", peer.baseUrl()));

        assertThat(status.state()).isEqualTo(ConnectionState.CONNECTED);
        assertThat(status.secretsSet()).containsExactly("apiKey");
        assertThat(status.settings()).containsEntry("baseUrl", peer.baseUrl()).doesNotContainValue(AcmePeer.GOOD_KEY);
        assertThat(status.lastSuccessAt()).isPresent();
        try (var owner = database.owner(); PreparedStatement query = owner.prepareStatement(
                "SELECT secrets, settings::text FROM platina.integration_connection WHERE tenant_id = ?")) {
            query.setObject(1, tenant.value());
            try (ResultSet rows = query.executeQuery()) {
                assertThat(rows.next()).isTrue();
                assertThat(new String(rows.getBytes(1), StandardCharsets.ISO_8859_1)).doesNotContain(AcmePeer.GOOD_KEY);
                assertThat(rows.getString(2)).doesNotContain(AcmePeer.GOOD_KEY);
            }
        }
        assertThat(String.join(" ", kit.audited(tenant, "integration.connect"))).contains("SUCCESS", "apiKey")
                .doesNotContain(AcmePeer.GOOD_KEY);
        assertThat(kit.service.connection(tenant, "acme").orElseThrow().secret("apiKey"))
                .contains(AcmePeer.GOOD_KEY);
        assertThat(kit.service.connection(database.newTenant(), "acme")).isEmpty();
    }

    @Test
    void aRefusedKeyNamesTheFieldAndNothingIsStored() throws Exception {
        assertThatThrownBy(() -> kit.service.connect(admin, "acme", Map.of("apiKey", "wrong", "baseUrl",
                peer.baseUrl()))).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(
                        e.fieldErrors()).containsOnlyKeys("apiKey").containsValue(
                                "Acme refused the API key (HTTP 401)."));
        assertThatThrownBy(() -> kit.service.connect(admin, "acme", Map.of("baseUrl", peer.baseUrl(), "colour",
                "red"))).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("apiKey", "colour"));

        assertThat(kit.service.status(admin, "acme").state()).isEqualTo(ConnectionState.NOT_CONNECTED);
        assertThat(kit.audited(tenant, "integration.connect")).first().asString().startsWith("FAILURE")
                .doesNotContain("wrong");
    }

    @Test
    void byDefaultAnAddressOnThisMachineOrAPrivateNetworkIsRefusedBeforeAnythingIsCalled() throws Exception {
        var strict = new KitFixture(database, AddressGuard.PUBLIC_ONLY);
        strict.registry.register(AcmeConnectors.byKey());
        strict.registry.register(AcmeConnectors.byOAuth());

        for (String address : List.of(peer.baseUrl(), "http://localhost:8181", "http://169.254.169.254/latest",
                "https://10.1.2.3", "http://[::1]:8080", "http://[fd00::1]/api", "http://100.64.0.1",
                "http://0.0.0.0:9")) {
            assertThatThrownBy(() -> strict.service.connect(admin, "acme", Map.of("apiKey", AcmePeer.GOOD_KEY,
                    "baseUrl", address))).as(address).isInstanceOfSatisfying(InvalidInputException.class, e -> {
                                assertThat(e.fieldErrors()).containsOnlyKeys("baseUrl");
                                assertThat(e.fieldErrors().get("baseUrl")).contains("allowPrivateAddresses");
                            });
        }
        assertThatThrownBy(() -> strict.service.authorise(admin, "acme-oauth", Map.of("clientId", "acme-client",
                "clientSecret", "acme-client-secret", "baseUrl", peer.baseUrl()), CALLBACK))
                        .isInstanceOf(InvalidInputException.class);

        assertThat(peer.tokenRequests).isEmpty();
        assertThat(peer.meCalls).as("nothing was called").hasValue(0);
        assertThat(strict.service.status(admin, "acme").state()).isEqualTo(ConnectionState.NOT_CONNECTED);
        assertThat(strict.audited(tenant, "integration.connect")).hasSize(8).allSatisfy(entry -> assertThat(entry)
                .startsWith("DENIED").contains("baseUrl"));
        assertThat(strict.audited(tenant, "integration.authorise")).singleElement().asString().startsWith("DENIED");
    }

    @Test
    void publicAddressesAndNamesThatDoNotResolvePassTheAddressGuard() {
        assertThat(AddressGuard.PUBLIC_ONLY.refusal("https://93.184.215.14/v1")).isEmpty();
        assertThat(AddressGuard.PUBLIC_ONLY.refusal("8.8.8.8:993")).isEmpty();
        assertThat(AddressGuard.PUBLIC_ONLY.refusal("https://[2606:4700::1111]/")).isEmpty();
        assertThat(AddressGuard.PUBLIC_ONLY.refusal("imap.invalid")).as("the connector's check reports it").isEmpty();
        assertThat(AddressGuard.PUBLIC_ONLY.refusal("127.0.0.1:993")).isPresent();
        assertThat(AddressGuard.PUBLIC_ONLY.refusal("192.168.1.20")).isPresent();
        assertThat(AddressGuard.PUBLIC_ONLY.refusal("http://172.16.0.1")).isPresent();
        assertThat(AddressGuard.ANY.refusal("127.0.0.1")).isEmpty();
    }

    @Test
    void aSecretLeftOutKeepsTheStoredOneAndDisconnectingRemovesIt() {
        kit.service.connect(admin, "acme", Map.of("apiKey", AcmePeer.GOOD_KEY, "baseUrl", peer.baseUrl()));

        ConnectorStatus again = kit.service.connect(admin, "acme", Map.of("baseUrl", peer.baseUrl()));
        assertThat(again.state()).isEqualTo(ConnectionState.CONNECTED);

        kit.service.disconnect(admin, "acme");
        assertThat(kit.service.status(admin, "acme").state()).isEqualTo(ConnectionState.NOT_CONNECTED);
        assertThat(kit.service.connection(tenant, "acme")).isEmpty();
    }

    @Test
    void checkNowRecordsTheVendorsRefusalInPlainWords() throws Exception {
        kit.service.connect(admin, "acme", Map.of("apiKey", AcmePeer.GOOD_KEY, "baseUrl", peer.baseUrl()));
        peer.server.removeContext("/me");
        peer.server.createContext("/me", exchange -> {
            exchange.sendResponseHeaders(401, -1);
            exchange.close();
        });

        ConnectorStatus status = kit.service.check(admin, "acme");

        assertThat(status.state()).isEqualTo(ConnectionState.FAILING);
        assertThat(status.lastError()).contains("Acme refused the API key (HTTP 401).");
        assertThat(status.lastErrorAt()).isPresent();
    }

    @Test
    void readingNeedsWorkflowsReadAndChangingNeedsSettingsWrite() throws Exception {
        Caller reader = KitFixture.withOnly(tenant, Permission.WORKFLOWS_READ);
        assertThat(kit.service.list(reader)).extracting(s -> s.connector().id()).containsExactly("acme",
                "acme-oauth");
        assertThatThrownBy(() -> kit.service.connect(reader, "acme", Map.of("apiKey", AcmePeer.GOOD_KEY)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> kit.service.list(KitFixture.withOnly(tenant)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(kit.audited(tenant, "integration.connect")).first().asString().startsWith("DENIED");
    }

    @Test
    void oauthAuthorisesWithPkceOnceAndRefreshesExpiredTokens() throws Exception {
        URI authorize = kit.service.authorise(admin, "acme-oauth", oauthFields(), CALLBACK);

        Map<String, String> query = AcmePeer.form(authorize.getRawQuery());
        assertThat(authorize.toString()).startsWith(peer.baseUrl() + "/authorize?");
        assertThat(query).containsEntry("response_type", "code").containsEntry("client_id", "acme-client")
                .containsEntry("redirect_uri", CALLBACK.toString()).containsEntry("scope", "read write")
                .containsEntry("code_challenge_method", "S256").containsEntry("access_type", "offline");
        assertThat(kit.service.status(admin, "acme-oauth").state()).isEqualTo(ConnectionState.NEEDS_AUTHORISATION);
        peer.expectedChallenge = query.get("code_challenge");
        peer.expiresIn = 120;

        var outcome = kit.service.completeAuthorisation(query.get("state"), "the-code", null);
        assertThat(outcome.authorised()).as(outcome.message()).isTrue();
        assertThat(kit.service.status(admin, "acme-oauth").state()).isEqualTo(ConnectionState.CONNECTED);
        assertThat(peer.tokenRequests.get(0)).containsEntry("redirect_uri", CALLBACK.toString());

        var replay = kit.service.completeAuthorisation(query.get("state"), "the-code", null);
        assertThat(replay.authorised()).isFalse();
        assertThat(replay.message()).contains("already used");

        var connection = kit.service.connection(tenant, "acme-oauth").orElseThrow();
        assertThat(connection.accessToken()).isEqualTo("access-2");
        kit.clock.advance(Duration.ofMinutes(5));
        assertThat(connection.accessToken()).isEqualTo("access-3");
        assertThat(peer.tokenRequests.get(peer.tokenRequests.size() - 1)).containsEntry("grant_type",
                "refresh_token").containsEntry("refresh_token", "refresh-2");
        assertThat(connection.tokenAnswer("scope")).as("the refresh's answer").contains("read write 3");
        assertThat(connection.tokenAnswer("instance_url")).as("kept from the code's answer")
                .contains(AcmePeer.INSTANCE_URL);
        assertThat(connection.tokenAnswer("access_token")).as("tokens are not answer fields").isEmpty();

        peer.refuseRefresh = true;
        kit.clock.advance(Duration.ofMinutes(5));
        assertThatThrownBy(connection::accessToken).isInstanceOf(NeedsAuthorisationException.class)
                .hasMessageContaining("revoked");
        ConnectorStatus status = kit.service.status(admin, "acme-oauth");
        assertThat(status.state()).isEqualTo(ConnectionState.NEEDS_AUTHORISATION);
        assertThat(status.lastError().orElseThrow()).contains("needs to be authorised again");
        assertThat(String.join(" ", kit.audited(tenant, "integration.authorise"))).contains("completed")
                .doesNotContain("access-", "refresh-", "acme-client-secret");
    }

    @Test
    void anExpiredOrForeignStateAuthorisesNothing() {
        URI authorize = kit.service.authorise(admin, "acme-oauth", oauthFields(), CALLBACK);
        Map<String, String> query = AcmePeer.form(authorize.getRawQuery());
        peer.expectedChallenge = query.get("code_challenge");

        assertThat(kit.service.completeAuthorisation("made-up-state", "the-code", null).authorised()).isFalse();
        kit.clock.advance(OAuthAuthorisations.LIFETIME.plusSeconds(1));
        var late = kit.service.completeAuthorisation(query.get("state"), "the-code", null);

        assertThat(late.authorised()).isFalse();
        assertThat(late.message()).contains("ten minutes");
        assertThat(peer.tokenRequests).isEmpty();
        assertThat(kit.service.status(admin, "acme-oauth").state()).isEqualTo(ConnectionState.NEEDS_AUTHORISATION);
    }

    private Map<String, String> oauthFields() {
        return Map.of("clientId", "acme-client", "clientSecret", "acme-client-secret", "baseUrl", peer.baseUrl());
    }
}
