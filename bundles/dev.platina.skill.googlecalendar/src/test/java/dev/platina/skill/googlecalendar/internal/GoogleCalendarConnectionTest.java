package dev.platina.skill.googlecalendar.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.platina.audit.impl.internal.JdbcAuditLog;
import dev.platina.identity.api.Caller;
import dev.platina.identity.api.Permission;
import dev.platina.integration.api.ConnectionState;
import dev.platina.integration.api.NeedsAuthorisationException;
import dev.platina.integration.impl.internal.KitForConnectorTests;
import dev.platina.persistence.api.TenantId;
import dev.platina.persistence.postgres.internal.DatabaseExtension;
import dev.platina.persistence.postgres.internal.PlatformTestDatabase;
import dev.platina.workflow.api.EventReceipt;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Authorising with Google (OAuth 2.0 with PKCE and offline access) through the kit, and refreshing tokens. */
@ExtendWith(DatabaseExtension.class)
class GoogleCalendarConnectionTest {
    private final PlatformTestDatabase database;
    private GoogleCalendarPeer google;
    private KitForConnectorTests kit;
    private TenantId tenant;
    private Caller admin;

    GoogleCalendarConnectionTest(PlatformTestDatabase database) {
        this.database = database;
    }

    @BeforeEach
    void start() throws Exception {
        google = new GoogleCalendarPeer(Instant::now);
        kit = new KitForConnectorTests(database, new JdbcAuditLog(database.transactions()),
                (publisher, event) -> new EventReceipt(event.id(), false, List.of(), 0), Duration.ofSeconds(2))
                .register(new GoogleCalendarConnector());
        tenant = database.newTenant();
        admin = new Caller(tenant, UUID.randomUUID(), "admin", Set.of("Admin"), Permission.all(), Caller.Kind.USER,
                "test");
    }

    @AfterEach
    void stop() {
        google.close();
    }

    @Test
    void theAuthorizeUrlAsksGoogleForOfflineAccessToCalendarEvents() {
        URI authorize = kit.connections.authorise(admin, GoogleCalendarConnector.ID, google.fields(),
                GoogleCalendarPeer.CALLBACK);

        assertThat(authorize.toString()).startsWith(google.baseUrl() + "/o/oauth2/v2/auth?");
        assertThat(GoogleCalendarPeer.form(authorize.getRawQuery()))
                .containsEntry("response_type", "code")
                .containsEntry("client_id", GoogleCalendarPeer.CLIENT_ID)
                .containsEntry("redirect_uri", GoogleCalendarPeer.CALLBACK.toString())
                .containsEntry("scope", "https://www.googleapis.com/auth/calendar.events")
                .containsEntry("access_type", "offline")
                .containsEntry("prompt", "consent")
                .containsEntry("code_challenge_method", "S256")
                .containsKeys("state", "code_challenge");
        assertThat(kit.connections.status(admin, GoogleCalendarConnector.ID).state())
                .isEqualTo(ConnectionState.NEEDS_AUTHORISATION);
    }

    @Test
    void withoutTestAddressesTheConnectorUsesGooglesEndpoints() {
        URI authorize = kit.connections.authorise(admin, GoogleCalendarConnector.ID, Map.of(
                GoogleCalendarConnector.CLIENT_ID, GoogleCalendarPeer.CLIENT_ID,
                GoogleCalendarConnector.CLIENT_SECRET, GoogleCalendarPeer.CLIENT_SECRET), GoogleCalendarPeer.CALLBACK);

        assertThat(authorize.toString()).startsWith("https://accounts.google.com/o/oauth2/v2/auth?");
        assertThat(kit.connections.status(admin, GoogleCalendarConnector.ID).settings())
                .containsEntry(GoogleCalendarConnector.CALENDAR_ID, "primary")
                .containsEntry(GoogleCalendarConnector.BASE_URL, "https://www.googleapis.com")
                .containsEntry(GoogleCalendarConnector.TOKEN_ENDPOINT, "https://oauth2.googleapis.com/token");
    }

    @Test
    void consentConnectsTheCalendarAndTheTokensAreSealed() throws Exception {
        assertThat(google.authorise(kit.connections, admin)).isEmpty();

        var status = kit.connections.status(admin, GoogleCalendarConnector.ID);
        assertThat(status.state()).isEqualTo(ConnectionState.CONNECTED);
        assertThat(status.lastError()).isEmpty();
        assertThat(google.oauth.tokenRequests.get(0)).containsEntry("grant_type", "authorization_code")
                .containsEntry("redirect_uri", GoogleCalendarPeer.CALLBACK.toString()).containsKey("code_verifier");
        // The check after consent listed one event with the token Google had just issued.
        assertThat(google.requests).singleElement().satisfies(request -> {
            assertThat(request.path()).isEqualTo("/calendar/v3/calendars/primary/events");
            assertThat(request.authorization()).isEqualTo("Bearer ya29.a0Af-peer-1");
        });
        try (var owner = database.owner(); PreparedStatement query = owner.prepareStatement(
                "SELECT * FROM platina.integration_connection WHERE tenant_id = ?")) {
            query.setObject(1, tenant.value());
            try (ResultSet rows = query.executeQuery()) {
                assertThat(rows.next()).isTrue();
                var row = new StringBuilder();
                for (int column = 1; column <= rows.getMetaData().getColumnCount(); column++) {
                    byte[] bytes = rows.getBytes(column);
                    row.append(bytes == null ? "" : new String(bytes, StandardCharsets.ISO_8859_1));
                }
                assertThat(row.toString()).doesNotContain(GoogleCalendarPeer.CLIENT_SECRET, "ya29.", "1//09-peer");
            }
        }
    }

    @Test
    void anExpiringTokenIsRefreshedAndARevokedGrantAsksForAuthorisationAgain() throws Exception {
        // Tokens that expire within a minute are refreshed before use.
        google.oauth.expiresIn = 30;
        assertThat(google.authorise(kit.connections, admin)).isEmpty();
        var connection = kit.connections.connection(tenant, GoogleCalendarConnector.ID).orElseThrow();

        String token = connection.accessToken();

        assertThat(google.oauth.tokenRequests).last().satisfies(request -> assertThat(request)
                .containsEntry("grant_type", "refresh_token").containsEntry("refresh_token", "1//09-peer-refresh-1")
                .containsEntry("client_id", GoogleCalendarPeer.CLIENT_ID));
        assertThat(CalendarApi.of(connection).list(Map.of("maxResults", "1")).status()).isEqualTo(200);
        assertThat(token).isNotEqualTo("ya29.a0Af-peer-1");

        google.oauth.revokeRefreshTokens();
        assertThatThrownBy(connection::accessToken).isInstanceOf(NeedsAuthorisationException.class)
                .hasMessageContaining("Token has been expired or revoked");
        var status = kit.connections.status(admin, GoogleCalendarConnector.ID);
        assertThat(status.state()).isEqualTo(ConnectionState.NEEDS_AUTHORISATION);
        assertThat(status.lastError().orElseThrow()).contains("Google Calendar needs to be authorised again")
                .doesNotContain("1//09-peer");
    }

    @Test
    void aCalendarTheAccountCannotSeeIsNamedInTheCheck() throws Exception {
        var fields = new java.util.HashMap<>(google.fields());
        fields.put(GoogleCalendarConnector.CALENDAR_ID, "someone-else@example.com");
        URI authorize = kit.connections.authorise(admin, GoogleCalendarConnector.ID, fields,
                GoogleCalendarPeer.CALLBACK);
        kit.connections.completeAuthorisation(GoogleCalendarPeer.form(authorize.getRawQuery()).get("state"),
                google.oauth.consent(authorize), null);

        var status = kit.connections.status(admin, GoogleCalendarConnector.ID);
        assertThat(status.state()).isEqualTo(ConnectionState.FAILING);
        assertThat(status.lastError().orElseThrow()).isEqualTo("Google has no calendar 'someone-else@example.com'"
                + " that the authorising account can see.");
        assertThat(google.requests).singleElement().satisfies(request -> assertThat(request.path())
                .isEqualTo("/calendar/v3/calendars/someone-else@example.com/events"));
    }
}
