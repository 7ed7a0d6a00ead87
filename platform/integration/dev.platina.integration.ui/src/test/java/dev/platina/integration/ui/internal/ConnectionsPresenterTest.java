package dev.platina.integration.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.platina.core.api.AccessDeniedException;
import dev.platina.core.api.InvalidInputException;
import dev.platina.identity.api.Caller;
import dev.platina.identity.api.Permission;
import dev.platina.integration.api.AuthorisationOutcome;
import dev.platina.integration.api.Connection;
import dev.platina.integration.api.ConnectionService;
import dev.platina.integration.api.ConnectionState;
import dev.platina.integration.api.ConnectorDescriptor;
import dev.platina.integration.api.ConnectorStatus;
import dev.platina.integration.api.CredentialField;
import dev.platina.integration.api.OAuth2Client;
import dev.platina.persistence.api.TenantId;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The Connections screen's logic without a browser, over a small in-memory connection service. */
class ConnectionsPresenterTest {

    private static final ConnectorDescriptor STRIPE = ConnectorDescriptor.withFields("stripe", "Stripe", "Payments",
            List.of(CredentialField.secret("apiKey", "Secret API key", "Dashboard > API keys")));
    private static final ConnectorDescriptor HUBSPOT = new ConnectorDescriptor("hubspot", "HubSpot", "CRM", List.of(
            CredentialField.setting("clientId", "Client id", ""), CredentialField.secret("clientSecret", "Secret", "")),
            Optional.of(new OAuth2Client("https://app.hubspot.com/oauth/authorize", "https://api.hubapi.com/token",
                    List.of("crm.objects.contacts.read"), "clientId", "clientSecret", false, Map.of())));

    private final TenantId tenant = new TenantId(UUID.randomUUID());
    private final InMemoryConnections service = new InMemoryConnections();

    @Test
    void cardsSayTheStateTheLastErrorWithItsTimeAndHowToConnect() {
        service.states.put("stripe", ConnectionState.FAILING);
        var presenter = presenter(Permission.all());
        presenter.inTimeZone(ZoneId.of("Europe/Berlin"));

        List<ConnectorCard> cards = presenter.cards();

        ConnectorCard stripe = cards.get(0);
        assertThat(stripe.stateLabel()).isEqualTo("Failing");
        assertThat(stripe.lastError()).hasValueSatisfying(text -> assertThat(text).startsWith("Last error (")
                .contains("2026", "11:00").endsWith("): Stripe refused the API key."));
        assertThat(stripe.webhookAddress()).contains("https://acme.example/api/v1/hooks/stripe/"
                + InMemoryConnections.ID);
        assertThat(stripe.authoriseLabel()).isEmpty();
        assertThat(stripe.connected()).isTrue();
        ConnectorCard hubspot = cards.get(1);
        assertThat(hubspot.stateLabel()).isEqualTo("Not connected");
        assertThat(hubspot.authoriseLabel()).contains("Authorise with HubSpot");
        assertThat(hubspot.lastError()).isEmpty();
    }

    @Test
    void aReaderSeesButCannotChange() {
        assertThat(presenter(Set.of(Permission.WORKFLOWS_READ)).cards()).allSatisfy(card -> assertThat(
                card.canChange()).isFalse());
    }

    @Test
    void actionsReportInPlainWordsAndMarkTheFieldsTheServiceNamed() {
        var presenter = presenter(Permission.all());

        var refused = presenter.connect("stripe", Map.of("apiKey", "wrong"));
        assertThat(refused.ok()).isFalse();
        assertThat(refused.fieldErrors()).containsEntry("apiKey", "Stripe refused the API key.");

        var connected = presenter.connect("stripe", Map.of("apiKey", "sk_test_1"));
        assertThat(connected.ok()).isTrue();
        assertThat(connected.message()).isEqualTo("Stripe is connected.");

        var authorisation = presenter.authorise("hubspot", Map.of("clientId", "c", "clientSecret", "s"));
        assertThat(authorisation.authorizeUrl()).isPresent();
        assertThat(service.callbacks).containsExactly(URI.create(
                "https://acme.example/api/v1/connections/oauth/callback"));
        assertThat(presenter.callbackAddress()).isEqualTo("https://acme.example/api/v1/connections/oauth/callback");

        assertThat(presenter(Set.of(Permission.WORKFLOWS_READ)).disconnect("stripe").message())
                .contains("settings:write");
        assertThat(ConnectionsPresenter.returnMessage(Map.of("outcome", List.of("failed"), "message",
                List.of("HubSpot was not authorised.")))).contains("HubSpot was not authorised.");
    }

    private ConnectionsPresenter presenter(Set<String> permissions) {
        var caller = new Caller(tenant, UUID.randomUUID(), "ada", Set.of(), permissions, Caller.Kind.USER, "t");
        return new ConnectionsPresenter(caller, new ConnectionsPresenter.ServiceAccess() {
            @Override
            public <T> T call(Function<ConnectionService, T> work) {
                return work.apply(service);
            }
        }, "https://acme.example/", Locale.ENGLISH);
    }

    /** Keeps states in memory and checks permissions and keys as the real service does. */
    private static final class InMemoryConnections implements ConnectionService {
        static final UUID ID = UUID.randomUUID();
        final Map<String, ConnectionState> states = new java.util.HashMap<>();
        final List<URI> callbacks = new ArrayList<>();

        @Override
        public List<ConnectorStatus> list(Caller caller) {
            return List.of(status(STRIPE), status(HUBSPOT));
        }

        @Override
        public ConnectorStatus status(Caller caller, String connectorId) {
            return status(connectorId.equals("stripe") ? STRIPE : HUBSPOT);
        }

        @Override
        public ConnectorStatus connect(Caller caller, String connectorId, Map<String, String> fields) {
            require(caller);
            if (!fields.getOrDefault("apiKey", "").startsWith("sk_")) {
                throw InvalidInputException.of("apiKey", "Stripe refused the API key.");
            }
            states.put(connectorId, ConnectionState.CONNECTED);
            return status(STRIPE);
        }

        @Override
        public ConnectorStatus check(Caller caller, String connectorId) {
            require(caller);
            return status(STRIPE);
        }

        @Override
        public URI authorise(Caller caller, String connectorId, Map<String, String> fields, URI redirectUri) {
            require(caller);
            callbacks.add(redirectUri);
            return URI.create("https://app.hubspot.com/oauth/authorize?state=x");
        }

        @Override
        public AuthorisationOutcome completeAuthorisation(String state, String code, String error) {
            return new AuthorisationOutcome(Optional.empty(), false, "unknown");
        }

        @Override
        public void disconnect(Caller caller, String connectorId) {
            require(caller);
            states.remove(connectorId);
        }

        @Override
        public Optional<Connection> connection(TenantId organization, String connectorId) {
            return Optional.empty();
        }

        private static void require(Caller caller) {
            if (!caller.has(Permission.SETTINGS_WRITE)) {
                throw new AccessDeniedException(Permission.SETTINGS_WRITE, "This needs the permission"
                        + " 'settings:write'.");
            }
        }

        private ConnectorStatus status(ConnectorDescriptor d) {
            ConnectionState state = states.getOrDefault(d.id(), ConnectionState.NOT_CONNECTED);
            boolean failing = state == ConnectionState.FAILING;
            return new ConnectorStatus(d, state, state == ConnectionState.NOT_CONNECTED ? Optional.empty()
                    : Optional.of(ID), Map.of(), Set.of(), failing ? Optional.of("Stripe refused the API key.")
                    : Optional.empty(), failing ? Optional.of(Instant.parse("2026-11-21T10:00:00Z"))
                    : Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    d.id().equals("stripe") && state != ConnectionState.NOT_CONNECTED
                            ? Optional.of("/api/v1/hooks/stripe/" + ID) : Optional.empty());
        }
    }
}
