package dev.platina.skill.twilio.internal;

import dev.platina.integration.api.Connection;
import dev.platina.integration.api.InboundDelivery;
import dev.platina.integration.api.InboundEvent;
import dev.platina.integration.api.WebhookHandler;
import dev.platina.integration.api.WebhookReading;
import dev.platina.integration.api.WebhookRefusedException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.osgi.service.component.annotations.Component;

/**
 * Reads Twilio's signed messaging webhooks: an incoming message becomes {@code sms.received} (its id is the message
 * SID, so Twilio's retries are published once), and a status callback for a sent message becomes
 * {@code sms.status} once the message is delivered or has failed (its id is the SID and the status). Intermediate
 * statuses (queued, sent ...) are acknowledged and dropped.
 *
 * <p>Every verified delivery is answered with an empty TwiML document: Twilio reads TwiML from the answer to an
 * incoming message, and an empty one sends no reply (replies are the {@code twilio.sms.send} step's work).
 */
@Component(service = WebhookHandler.class)
public final class TwilioWebhooks implements WebhookHandler {
    static final Set<String> FINAL_STATUSES = Set.of("delivered", "undelivered", "failed", "read");
    /** Twilio allows up to ten media per MMS. */
    private static final int MOST_MEDIA = 10;
    static final WebhookReading.Reply NO_REPLY = WebhookReading.Reply.xml(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response></Response>");

    @Override
    public String connectorId() {
        return TwilioConnector.ID;
    }

    @Override
    public WebhookReading read(Connection connection, InboundDelivery delivery) throws WebhookRefusedException {
        String authToken = connection.secret(TwilioConnector.AUTH_TOKEN).orElseThrow(() ->
                new WebhookRefusedException("No Auth Token is stored for this Twilio connection."));
        FormParameters parameters;
        try {
            parameters = FormParameters.parse(delivery.body());
        } catch (IllegalArgumentException e) {
            throw new WebhookRefusedException("The body is not form-encoded, so it cannot carry Twilio's signature.");
        }
        TwilioSignature.verify(delivery.header("X-Twilio-Signature").orElse(null), signedUrl(connection, delivery),
                parameters, authToken);
        String sid = parameters.text("MessageSid");
        if (sid.isBlank()) {
            throw new IllegalArgumentException("is not a Twilio messaging webhook (no MessageSid)");
        }
        String status = parameters.first("MessageStatus").or(() -> parameters.first("SmsStatus")).orElse("received");
        if (status.equals("received")) {
            return WebhookReading.answering(List.of(received(sid, parameters, delivery)), NO_REPLY);
        }
        if (FINAL_STATUSES.contains(status)) {
            return WebhookReading.answering(List.of(statusChanged(sid, status, parameters, delivery)), NO_REPLY);
        }
        return WebhookReading.answering(List.of(), NO_REPLY);
    }

    /**
     * The address Twilio signed: the one entered in Twilio when the administrator gave it, otherwise the kit's hook
     * address on the host the request came to (behind a proxy, as the proxy forwarded it).
     */
    static String signedUrl(Connection connection, InboundDelivery delivery) {
        Optional<String> entered = connection.setting(TwilioConnector.WEBHOOK_URL).map(String::strip)
                .filter(url -> !url.isEmpty());
        if (entered.isPresent()) {
            return entered.get();
        }
        return delivery.hookAddress(connection);
    }

    private static InboundEvent received(String sid, FormParameters parameters, InboundDelivery delivery) {
        var data = new LinkedHashMap<String, Object>();
        data.put("messageSid", sid);
        data.put("from", parameters.text("From"));
        data.put("to", parameters.text("To"));
        data.put("body", parameters.text("Body"));
        var media = new ArrayList<Map<String, String>>();
        int count = parseCount(parameters.text("NumMedia"));
        for (int i = 0; i < Math.min(count, MOST_MEDIA); i++) {
            Optional<String> url = parameters.first("MediaUrl" + i);
            if (url.isPresent()) {
                media.add(Map.of("url", url.get(), "contentType", parameters.text("MediaContentType" + i)));
            }
        }
        data.put("media", media);
        parameters.first("MessagingServiceSid").ifPresent(service -> data.put("messagingServiceSid", service));
        parameters.first("AccountSid").ifPresent(account -> data.put("accountSid", account));
        return new InboundEvent(sid, "sms.received", delivery.receivedAt(), data);
    }

    private static InboundEvent statusChanged(String sid, String status, FormParameters parameters,
            InboundDelivery delivery) {
        var data = new LinkedHashMap<String, Object>();
        data.put("messageSid", sid);
        data.put("status", status);
        data.put("to", parameters.text("To"));
        data.put("from", parameters.text("From"));
        parameters.first("ErrorCode").filter(code -> !code.isBlank()).ifPresent(code -> data.put("errorCode", code));
        parameters.first("ErrorMessage").filter(m -> !m.isBlank()).ifPresent(m -> data.put("errorMessage", m));
        parameters.first("AccountSid").ifPresent(account -> data.put("accountSid", account));
        return new InboundEvent(sid + ":" + status, "sms.status", delivery.receivedAt(), data);
    }

    private static int parseCount(String text) {
        return text.strip().matches("[0-9]{1,2}") ? Integer.parseInt(text.strip()) : 0;
    }
}
