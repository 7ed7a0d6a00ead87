package dev.platina.skill.hubspot.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.platina.integration.api.InboundDelivery;
import dev.platina.integration.api.InboundEvent;
import dev.platina.integration.api.WebhookRefusedException;
import dev.platina.integration.impl.internal.EnteredConnection;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class HubSpotWebhooksTest {
    private static final String CLIENT_SECRET = "c1f4b7e2-5a9d-4e3b-8f21-7d6c0b9a3e55";
    private static final Instant NOW = Instant.parse("2026-11-21T23:30:00Z");
    private static final String BODY = """
            [{"eventId":1001,"subscriptionId":51,"portalId":62515,"appId":7001,"occurredAt":1795303740000,\
            "subscriptionType":"contact.creation","attemptNumber":0,"objectId":123,"changeSource":"CRM",\
            "changeFlag":"NEW"},
            {"eventId":1002,"subscriptionId":52,"portalId":62515,"appId":7001,"occurredAt":1795303760000,\
            "subscriptionType":"contact.propertyChange","attemptNumber":0,"objectId":123,\
            "propertyName":"lifecyclestage","propertyValue":"customer","changeSource":"CRM"},
            {"eventId":1003,"subscriptionId":53,"portalId":62515,"appId":7001,"occurredAt":1795303770000,\
            "subscriptionType":"deal.creation","attemptNumber":1,"objectId":9001,"changeSource":"CRM"},
            {"eventId":1004,"subscriptionId":54,"portalId":62515,"appId":7001,"occurredAt":1795303780000,\
            "subscriptionType":"company.deletion","attemptNumber":0,"objectId":77}]""";

    private final HubSpotWebhooks webhooks = new HubSpotWebhooks();
    private final EnteredConnection connection = new EnteredConnection(HubSpotConnector.ID, UUID.randomUUID(), Map.of(),
            Map.of(HubSpotConnector.ACCESS_TOKEN, "pat-test", HubSpotConnector.CLIENT_SECRET, CLIENT_SECRET));

    @Test
    void aSignedDeliveryIsReadIntoNormalisedEvents() throws Exception {
        String uri = "https://platina.example.com/api/v1/hooks/hubspot/" + connection.id();
        long timestamp = NOW.minusSeconds(20).toEpochMilli();

        List<InboundEvent> events = webhooks.read(connection, delivery(signed(uri, BODY, timestamp, CLIENT_SECRET),
                timestamp, BODY, Map.of("Host", "platina.example.com"))).events();

        assertThat(events).extracting(InboundEvent::id).containsExactly("1001", "1002", "1003");
        assertThat(events).extracting(InboundEvent::type)
                .containsExactly("crm.lead.created", "crm.contact.updated", "crm.deal.created");
        assertThat(events.get(0).occurredAt()).isEqualTo(Instant.ofEpochMilli(1795303740000L));
        assertThat(events.get(0).data()).containsEntry("contactId", "123").containsEntry("portalId", "62515");
        assertThat(events.get(1).data()).containsEntry("propertyName", "lifecyclestage")
                .containsEntry("propertyValue", "customer");
        assertThat(events.get(2).data()).containsEntry("dealId", "9001")
                .containsEntry("hubspotSubscriptionType", "deal.creation");
    }

    @Test
    void behindAProxyTheForwardedAddressOrTheOneEnteredIsWhatWasSigned() throws Exception {
        long timestamp = NOW.toEpochMilli();
        String forwarded = "https://crm.acme.example/api/v1/hooks/hubspot/" + connection.id();
        assertThat(webhooks.read(connection, delivery(signed(forwarded, BODY, timestamp, CLIENT_SECRET), timestamp,
                BODY, Map.of("Host", "10.0.0.5:8181", "X-Forwarded-Host", "crm.acme.example",
                        "X-Forwarded-Proto", "https"))).events()).hasSize(3);

        String entered = "https://hooks.acme.example/platina/hubspot";
        var withAddress = new EnteredConnection(HubSpotConnector.ID, connection.id(),
                Map.of(HubSpotConnector.WEBHOOK_URL, entered),
                connection.secrets());
        assertThat(webhooks.read(withAddress, delivery(signed(entered, BODY, timestamp, CLIENT_SECRET), timestamp,
                BODY, Map.of("Host", "10.0.0.5:8181"))).events()).hasSize(3);
    }

    @Test
    void aForgedSignatureIsRefused() {
        String uri = "https://platina.example.com/api/v1/hooks/hubspot/" + connection.id();
        long timestamp = NOW.toEpochMilli();
        String forged = signed(uri, BODY, timestamp, "someone-elses-secret");
        String tampered = BODY.replace("\"objectId\":9001", "\"objectId\":9002");

        assertThatThrownBy(() -> webhooks.read(connection, delivery(forged, timestamp, BODY,
                Map.of("Host", "platina.example.com")))).isInstanceOf(WebhookRefusedException.class);
        assertThatThrownBy(() -> webhooks.read(connection, delivery(signed(uri, BODY, timestamp, CLIENT_SECRET),
                timestamp, tampered, Map.of("Host", "platina.example.com"))))
                .isInstanceOf(WebhookRefusedException.class);
        assertThatThrownBy(() -> webhooks.read(connection, delivery(null, timestamp, BODY,
                Map.of("Host", "platina.example.com")))).isInstanceOf(WebhookRefusedException.class)
                .hasMessageContaining("X-HubSpot-Signature-v3");
    }

    @Test
    void aStaleTimestampIsRefusedEvenWithAGoodSignature() {
        String uri = "https://platina.example.com/api/v1/hooks/hubspot/" + connection.id();
        long stale = NOW.minusSeconds(301).toEpochMilli();

        assertThatThrownBy(() -> webhooks.read(connection, delivery(signed(uri, BODY, stale, CLIENT_SECRET), stale,
                BODY, Map.of("Host", "platina.example.com")))).isInstanceOf(WebhookRefusedException.class)
                .hasMessageContaining("five minutes");
    }

    @Test
    void withoutAClientSecretNothingIsAccepted() {
        var noSecret = new EnteredConnection(HubSpotConnector.ID, connection.id(), Map.of(),
                Map.of(HubSpotConnector.ACCESS_TOKEN, "pat-test"));
        long timestamp = NOW.toEpochMilli();
        String uri = "https://platina.example.com/api/v1/hooks/hubspot/" + connection.id();

        assertThatThrownBy(() -> webhooks.read(noSecret, delivery(signed(uri, BODY, timestamp, ""), timestamp, BODY,
                Map.of("Host", "platina.example.com")))).isInstanceOf(WebhookRefusedException.class);
    }

    @Test
    void aSignedBodyThatIsNotAnArrayOfEventsIsUnreadable() {
        String uri = "https://platina.example.com/api/v1/hooks/hubspot/" + connection.id();
        long timestamp = NOW.toEpochMilli();
        String body = "{\"eventId\":1}";

        assertThatThrownBy(() -> webhooks.read(connection, delivery(signed(uri, body, timestamp, CLIENT_SECRET),
                timestamp, body, Map.of("Host", "platina.example.com"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** The signature as HubSpot documents it, computed here independently of the code under test. */
    private static String signed(String uri, String body, long timestamp, String secret) {
        try {
            var mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(secret.isEmpty() ? new byte[1]
                    : secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String source = "POST" + uri + body + timestamp;
            return java.util.Base64.getEncoder().encodeToString(mac.doFinal(source.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static InboundDelivery delivery(String signature, long timestamp, String body,
            Map<String, String> headers) {
        var all = new LinkedHashMap<String, String>(headers);
        all.put("Content-Type", "application/json");
        all.put("X-HubSpot-Request-Timestamp", Long.toString(timestamp));
        if (signature != null) {
            all.put("X-HubSpot-Signature-v3", signature);
        }
        return new InboundDelivery(all, body.getBytes(StandardCharsets.UTF_8), NOW);
    }
}
