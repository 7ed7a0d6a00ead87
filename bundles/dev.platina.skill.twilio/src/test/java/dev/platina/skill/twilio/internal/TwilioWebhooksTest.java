package dev.platina.skill.twilio.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.platina.integration.api.InboundDelivery;
import dev.platina.integration.api.InboundEvent;
import dev.platina.integration.api.WebhookReading;
import dev.platina.integration.api.WebhookRefusedException;
import dev.platina.integration.impl.internal.EnteredConnection;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * Twilio's messaging webhooks as documented: form-encoded parameters signed with {@code X-Twilio-Signature}. The
 * signatures here are computed independently of the code under test, straight from Twilio's description.
 */
class TwilioWebhooksTest {
    private static final String AUTH_TOKEN = "12345678901234567890123456789012";
    private static final Instant NOW = Instant.parse("2026-11-22T00:30:00Z");

    private final TwilioWebhooks webhooks = new TwilioWebhooks();
    private final EnteredConnection connection = new EnteredConnection(TwilioConnector.ID, UUID.randomUUID(),
            Map.of(TwilioConnector.ACCOUNT_SID, TwilioPeer.ACCOUNT_SID), Map.of(TwilioConnector.AUTH_TOKEN,
                    AUTH_TOKEN));
    private final String hookUrl = "https://platina.example.com/api/v1/hooks/twilio/" + connection.id();

    @Test
    void anIncomingMessageWithPicturesIsReadAsSmsReceived() throws Exception {
        var form = incoming("SM11111111111111111111111111111111", "Is my order on its way?");
        form.put("NumMedia", "2");
        form.put("MediaUrl0", "https://api.twilio.com/2010-04-01/Accounts/AC1/Messages/MM1/Media/ME1");
        form.put("MediaContentType0", "image/jpeg");
        form.put("MediaUrl1", "https://api.twilio.com/2010-04-01/Accounts/AC1/Messages/MM1/Media/ME2");
        form.put("MediaContentType1", "image/png");

        WebhookReading reading = webhooks.read(connection, delivery(form, sign(hookUrl, form, AUTH_TOKEN),
                Map.of("Host", "platina.example.com")));

        assertThat(reading.reply()).as("empty TwiML: Twilio sends no automatic reply").hasValueSatisfying(reply -> {
            assertThat(reply.mediaType()).isEqualTo("text/xml");
            assertThat(reply.body()).endsWith("<Response></Response>");
        });
        List<InboundEvent> events = reading.events();
        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.id()).isEqualTo("SM11111111111111111111111111111111");
            assertThat(event.type()).isEqualTo("sms.received");
            assertThat(event.occurredAt()).isEqualTo(NOW);
            assertThat(event.data()).containsEntry("from", "+4915112345678").containsEntry("to", TwilioPeer.NUMBER)
                    .containsEntry("body", "Is my order on its way?")
                    .containsEntry("media", List.of(
                            Map.of("url", form.get("MediaUrl0"), "contentType", "image/jpeg"),
                            Map.of("url", form.get("MediaUrl1"), "contentType", "image/png")));
        });
    }

    @Test
    void aForgedSignatureAChangedParameterOrNoSignatureIsRefused() {
        var form = incoming("SM22222222222222222222222222222222", "Refund me");
        String genuine = sign(hookUrl, form, AUTH_TOKEN);
        var host = Map.of("Host", "platina.example.com");

        assertThatThrownBy(() -> webhooks.read(connection, delivery(form, sign(hookUrl, form, "not-the-token"),
                host))).isInstanceOf(WebhookRefusedException.class);
        var changed = new LinkedHashMap<>(form);
        changed.put("Body", "Refund me twice");
        assertThatThrownBy(() -> webhooks.read(connection, delivery(changed, genuine, host)))
                .isInstanceOf(WebhookRefusedException.class).hasMessageContaining("does not match");
        var added = new LinkedHashMap<>(form);
        added.put("NumMedia", "1");
        assertThatThrownBy(() -> webhooks.read(connection, delivery(added, genuine, host)))
                .isInstanceOf(WebhookRefusedException.class);
        assertThatThrownBy(() -> webhooks.read(connection, delivery(form, null, host)))
                .isInstanceOf(WebhookRefusedException.class).hasMessageContaining("X-Twilio-Signature");
        assertThatThrownBy(() -> webhooks.read(connection, delivery(form, genuine, Map.of("Host",
                "evil.example.com")))).isInstanceOf(WebhookRefusedException.class);
    }

    @Test
    void behindAProxyTheForwardedAddressOrTheOneEnteredIsWhatTwilioSigned() throws Exception {
        var form = incoming("SM33333333333333333333333333333333", "Hello");
        String forwarded = "https://sms.acme.example/api/v1/hooks/twilio/" + connection.id();
        assertThat(webhooks.read(connection, delivery(form, sign(forwarded, form, AUTH_TOKEN), Map.of("Host",
                "10.0.0.5:8181", "X-Forwarded-Host", "sms.acme.example", "X-Forwarded-Proto", "https"))).events())
                .hasSize(1);
        // Without the forwarded headers the address rebuilt is the internal one, which Twilio never signed.
        assertThatThrownBy(() -> webhooks.read(connection, delivery(form, sign(forwarded, form, AUTH_TOKEN),
                Map.of("Host", "10.0.0.5:8181")))).isInstanceOf(WebhookRefusedException.class);

        String entered = "https://hooks.acme.example/platina/twilio?tenant=acme";
        var withAddress = new EnteredConnection(TwilioConnector.ID, connection.id(),
                Map.of(TwilioConnector.WEBHOOK_URL, entered),
                connection.secrets());
        assertThat(webhooks.read(withAddress, delivery(form, sign(entered, form, AUTH_TOKEN), Map.of("Host",
                "10.0.0.5:8181"))).events()).hasSize(1);
        // Twilio may sign the address with the default port spelled out.
        assertThat(webhooks.read(withAddress, delivery(form, sign("https://hooks.acme.example:443/platina/twilio"
                + "?tenant=acme", form, AUTH_TOKEN), Map.of())).events()).hasSize(1);
    }

    @Test
    void deliveredAndFailedStatusCallbacksAreSmsStatusAndIntermediateOnesAreDropped() throws Exception {
        var delivered = status("SM44444444444444444444444444444444", "delivered", null);
        var failed = status("SM44444444444444444444444444444444", "failed", "30003");
        var sent = status("SM44444444444444444444444444444444", "sent", null);
        var host = Map.of("Host", "platina.example.com");

        InboundEvent first = webhooks.read(connection, delivery(delivered, sign(hookUrl, delivered, AUTH_TOKEN),
                host)).events().get(0);
        InboundEvent second = webhooks.read(connection, delivery(failed, sign(hookUrl, failed, AUTH_TOKEN), host))
                .events().get(0);

        assertThat(first.type()).isEqualTo("sms.status");
        assertThat(first.id()).isEqualTo("SM44444444444444444444444444444444:delivered");
        assertThat(first.data()).containsEntry("status", "delivered").containsEntry("to", "+4915112345678")
                .doesNotContainKey("errorCode");
        assertThat(second.id()).isEqualTo("SM44444444444444444444444444444444:failed");
        assertThat(second.data()).containsEntry("status", "failed").containsEntry("errorCode", "30003");
        WebhookReading intermediate = webhooks.read(connection, delivery(sent, sign(hookUrl, sent, AUTH_TOKEN), host));
        assertThat(intermediate.events()).isEmpty();
        assertThat(intermediate.reply()).contains(TwilioWebhooks.NO_REPLY);
    }

    @Test
    void aSignedBodyWithoutAMessageSidIsUnreadable() {
        var form = new LinkedHashMap<String, String>();
        form.put("AccountSid", TwilioPeer.ACCOUNT_SID);
        form.put("CallSid", "CA1");

        assertThatThrownBy(() -> webhooks.read(connection, delivery(form, sign(hookUrl, form, AUTH_TOKEN),
                Map.of("Host", "platina.example.com")))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void withoutAnAuthTokenNothingIsAccepted() {
        var form = incoming("SM55555555555555555555555555555555", "Hi");
        var noToken = new EnteredConnection(TwilioConnector.ID, connection.id(), Map.of(), Map.of());

        assertThatThrownBy(() -> webhooks.read(noToken, delivery(form, sign(hookUrl, form, AUTH_TOKEN),
                Map.of("Host", "platina.example.com")))).isInstanceOf(WebhookRefusedException.class);
    }

    static LinkedHashMap<String, String> incoming(String sid, String body) {
        var form = new LinkedHashMap<String, String>();
        form.put("ToCountry", "US");
        form.put("SmsMessageSid", sid);
        form.put("NumMedia", "0");
        form.put("SmsSid", sid);
        form.put("SmsStatus", "received");
        form.put("Body", body);
        form.put("To", TwilioPeer.NUMBER);
        form.put("NumSegments", "1");
        form.put("MessageSid", sid);
        form.put("AccountSid", TwilioPeer.ACCOUNT_SID);
        form.put("From", "+4915112345678");
        form.put("ApiVersion", "2010-04-01");
        return form;
    }

    static LinkedHashMap<String, String> status(String sid, String status, String errorCode) {
        var form = new LinkedHashMap<String, String>();
        form.put("SmsSid", sid);
        form.put("SmsStatus", status);
        form.put("MessageStatus", status);
        form.put("To", "+4915112345678");
        form.put("MessageSid", sid);
        form.put("AccountSid", TwilioPeer.ACCOUNT_SID);
        form.put("From", TwilioPeer.NUMBER);
        form.put("ApiVersion", "2010-04-01");
        if (errorCode != null) {
            form.put("ErrorCode", errorCode);
        }
        return form;
    }

    /** Twilio's signature: HMAC-SHA1 over the URL and the parameters sorted by name, name then value. */
    static String sign(String url, Map<String, String> form, String authToken) {
        var data = new StringBuilder(url);
        new ArrayList<>(form.keySet()).stream().sorted().forEach(name -> data.append(name).append(form.get(name)));
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(authToken.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] encode(Map<String, String> form) {
        var pairs = new ArrayList<String>();
        form.forEach((name, value) -> pairs.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return String.join("&", pairs).getBytes(StandardCharsets.UTF_8);
    }

    private static InboundDelivery delivery(Map<String, String> form, String signature, Map<String, String> headers) {
        var all = new LinkedHashMap<String, String>(headers);
        all.put("Content-Type", "application/x-www-form-urlencoded");
        all.put("I-Twilio-Idempotency-Token", UUID.randomUUID().toString());
        if (signature != null) {
            all.put("X-Twilio-Signature", signature);
        }
        return new InboundDelivery(all, encode(form), NOW);
    }
}
