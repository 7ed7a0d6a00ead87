package dev.platina.skill.hubspot.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.platina.core.api.InvalidInputException;
import dev.platina.integration.api.CallResult;
import dev.platina.integration.api.QueuedWrite;
import dev.platina.persistence.api.TenantId;
import dev.platina.workflow.api.OutboxDelivery;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HubSpotChannelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T23:10:00Z"), ZoneOffset.UTC);

    private HubSpotPeer hubspot;
    private StoredConnection connection;

    @BeforeEach
    void start() throws Exception {
        hubspot = new HubSpotPeer();
        connection = StoredConnection.to(hubspot);
    }

    @AfterEach
    void stop() {
        hubspot.close();
    }

    @Test
    void createsAContactWithTheTokenAndItsProperties() throws Exception {
        CallResult result = deliver(HubSpotOperation.CONTACT_CREATE, Map.of("email", "ada@example.com",
                "firstName", "Ada", "lastName", "Lovelace", "properties", Map.of("jobtitle", "Analyst")));

        assertThat(result.kind()).isEqualTo(CallResult.Kind.DONE);
        assertThat(result.receipt()).containsEntry("object", "contact").containsKey("id");
        HubSpotPeer.Request request = hubspot.requests().get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/crm/v3/objects/contacts");
        assertThat(request.authorization()).isEqualTo("Bearer " + HubSpotPeer.TOKEN);
        assertThat(request.body().path("properties").path("email").asText()).isEqualTo("ada@example.com");
        assertThat(request.body().path("properties").path("firstname").asText()).isEqualTo("Ada");
        assertThat(request.body().path("properties").path("lastname").asText()).isEqualTo("Lovelace");
        assertThat(request.body().path("properties").path("jobtitle").asText()).isEqualTo("Analyst");
    }

    @Test
    void aRepeatedContactCreationAnswersTheFirstContactInsteadOfASecond() throws Exception {
        Map<String, Object> input = Map.of("email", "grace@example.com", "firstName", "Grace");
        CallResult first = deliver(HubSpotOperation.CONTACT_CREATE, input);
        CallResult repeat = deliver(HubSpotOperation.CONTACT_CREATE, input);

        assertThat(repeat.kind()).isEqualTo(CallResult.Kind.DONE);
        assertThat(repeat.receipt()).containsEntry("id", first.receipt().get("id")).containsEntry("existed", true);
        assertThat(hubspot.records("contacts")).hasSize(1);
    }

    @Test
    void updatesAContactByItsIdWithPatch() throws Exception {
        String id = (String) deliver(HubSpotOperation.CONTACT_CREATE, Map.of("email", "alan@example.com"))
                .receipt().get("id");

        CallResult result = deliver(HubSpotOperation.CONTACT_UPDATE, Map.of("contactId", Long.parseLong(id),
                "phone", "+44 20 7946 0000", "lifecycleStage", "customer"));
        deliver(HubSpotOperation.CONTACT_UPDATE, Map.of("contactId", id, "phone", "+44 20 7946 0000",
                "lifecycleStage", "customer"));

        assertThat(result.kind()).isEqualTo(CallResult.Kind.DONE);
        assertThat(hubspot.requests().get(1).method()).isEqualTo("PATCH");
        assertThat(hubspot.requests().get(1).path()).isEqualTo("/crm/v3/objects/contacts/" + id);
        assertThat(hubspot.records("contacts")).hasSize(1);
        var properties = hubspot.records("contacts").get(id).path("properties");
        assertThat(properties.path("email").asText()).isEqualTo("alan@example.com");
        assertThat(properties.path("phone").asText()).isEqualTo("+44 20 7946 0000");
        assertThat(properties.path("lifecyclestage").asText()).isEqualTo("customer");
    }

    @Test
    void createsANoteAssociatedWithTheContact() throws Exception {
        CallResult result = deliver(HubSpotOperation.NOTE_CREATE, Map.of("contactId", "101",
                "body", "Called about the renewal; wants a quote by Friday."));

        assertThat(result.kind()).isEqualTo(CallResult.Kind.DONE);
        assertThat(result.receipt()).containsEntry("object", "note");
        var body = hubspot.requests().get(0).body();
        assertThat(hubspot.requests().get(0).path()).isEqualTo("/crm/v3/objects/notes");
        assertThat(body.path("properties").path("hs_note_body").asText()).startsWith("Called about the renewal");
        assertThat(body.path("properties").path("hs_timestamp").asText()).isEqualTo("2026-11-21T23:10:00Z");
        var association = body.path("associations").get(0);
        assertThat(association.path("to").path("id").asText()).isEqualTo("101");
        assertThat(association.path("types").get(0).path("associationCategory").asText()).isEqualTo("HUBSPOT_DEFINED");
        assertThat(association.path("types").get(0).path("associationTypeId").asInt()).isEqualTo(202);
    }

    @Test
    void createsADealAssociatedWithTheContact() throws Exception {
        CallResult result = deliver(HubSpotOperation.DEAL_CREATE, Map.of("name", "Acme renewal 2027",
                "amount", 12500.5, "pipeline", "default", "stage", "appointmentscheduled",
                "closeDate", "2026-12-31T00:00:00Z", "contactId", "101"));

        assertThat(result.kind()).isEqualTo(CallResult.Kind.DONE);
        assertThat(result.receipt()).containsEntry("object", "deal");
        var body = hubspot.requests().get(0).body();
        assertThat(hubspot.requests().get(0).path()).isEqualTo("/crm/v3/objects/deals");
        assertThat(body.path("properties").path("dealname").asText()).isEqualTo("Acme renewal 2027");
        assertThat(body.path("properties").path("amount").asText()).isEqualTo("12500.5");
        assertThat(body.path("properties").path("dealstage").asText()).isEqualTo("appointmentscheduled");
        assertThat(body.path("properties").path("closedate").asText()).isEqualTo("2026-12-31T00:00:00Z");
        assertThat(body.path("associations").get(0).path("types").get(0).path("associationTypeId").asInt())
                .isEqualTo(3);
    }

    @Test
    void aRateLimitIsThrottledForAsLongAsHubSpotAsks() throws Exception {
        hubspot.failNext(429, Map.of("status", "error", "message", "You have reached your secondly limit.",
                "errorType", "RATE_LIMIT", "correlationId", "c0ffee00-1111-2222-3333-444455556666",
                "policyName", "SECONDLY"), Map.of("Retry-After", "10"));

        CallResult result = deliver(HubSpotOperation.CONTACT_CREATE, Map.of("email", "ada@example.com"));

        assertThat(result.kind()).isEqualTo(CallResult.Kind.THROTTLED);
        assertThat(result.retryAfter()).contains(Duration.ofSeconds(10));
        assertThat(result.message()).contains("secondly limit");
        assertThat(hubspot.records("contacts")).isEmpty();
    }

    @Test
    void aValidationErrorIsRefusedWithHubSpotsWords() throws Exception {
        hubspot.failNext(400, HubSpotPeer.error("Property values were not valid: lifecyclestage 'sometime'",
                "VALIDATION_ERROR"), Map.of());

        CallResult result = deliver(HubSpotOperation.CONTACT_CREATE, Map.of("email", "ada@example.com"));

        assertThat(result.kind()).isEqualTo(CallResult.Kind.REFUSED);
        assertThat(result.message()).contains("Property values were not valid").contains("VALIDATION_ERROR");
    }

    @Test
    void aRevokedTokenIsCredentialsRefusedAndNeverShowsTheToken() throws Exception {
        connection = new StoredConnection(connection.id(), connection.settings(),
                Map.of(HubSpotConnector.ACCESS_TOKEN, "pat-eu1-revoked"));

        CallResult result = deliver(HubSpotOperation.DEAL_CREATE, Map.of("name", "Deal"));

        assertThat(result.kind()).isEqualTo(CallResult.Kind.CREDENTIALS_REFUSED);
        assertThat(result.message()).contains("INVALID_AUTHENTICATION").doesNotContain("pat-eu1-revoked");
    }

    @Test
    void anOutageIsUnavailable() throws Exception {
        hubspot.failNext(503, HubSpotPeer.error("Service unavailable", "SERVICE_UNAVAILABLE"),
                Map.of("Retry-After", "30"));

        CallResult result = deliver(HubSpotOperation.NOTE_CREATE, Map.of("contactId", "101", "body", "Hello"));

        assertThat(result.kind()).isEqualTo(CallResult.Kind.UNAVAILABLE);
        assertThat(result.retryAfter()).contains(Duration.ofSeconds(30));
    }

    @Test
    void theConnectionCheckNamesTheTokenWhenHubSpotRefusesIt() throws Exception {
        var connector = new HubSpotConnector();
        assertThat(connector.check(connection).ok()).isTrue();
        assertThat(hubspot.requests().get(0).path()).isEqualTo("/crm/v3/objects/contacts?limit=1");

        var refused = connector.check(new StoredConnection(connection.id(), connection.settings(),
                Map.of(HubSpotConnector.ACCESS_TOKEN, "pat-wrong")));
        assertThat(refused.ok()).isFalse();
        assertThat(refused.field()).contains(HubSpotConnector.ACCESS_TOKEN);
    }

    @Test
    void wrongInputIsRefusedByFieldBeforeAnythingIsQueued() {
        assertThatThrownBy(() -> HubSpotOperation.CONTACT_CREATE.parameters(Map.of("email", "not-an-address",
                "properties", Map.of("Bad Name", "x")), CLOCK))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsKeys("email", "properties.Bad Name"));
        assertThatThrownBy(() -> HubSpotOperation.CONTACT_UPDATE.parameters(Map.of("contactId", "abc"), CLOCK))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsKeys("contactId", "properties"));
        assertThatThrownBy(() -> HubSpotOperation.NOTE_CREATE.parameters(Map.of("body", "x"), CLOCK))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsKey("contactId"));
        assertThatThrownBy(() -> HubSpotOperation.DEAL_CREATE.parameters(Map.of("name", "D", "amount", "-3",
                "closeDate", "soon"), CLOCK))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsKeys("amount", "closeDate"));
    }

    private CallResult deliver(HubSpotOperation operation, Map<String, Object> input) throws Exception {
        var payload = Map.<String, Object>of("operation", operation.id(),
                "parameters", operation.parameters(input, CLOCK));
        var delivery = new OutboxDelivery(new TenantId(UUID.randomUUID()), UUID.randomUUID(), "key-" + UUID.randomUUID(),
                payload, 1);
        return HubSpotChannel.perform(connection, operation, QueuedWrite.of(delivery));
    }

}
