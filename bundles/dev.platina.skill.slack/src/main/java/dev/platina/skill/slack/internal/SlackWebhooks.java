package dev.platina.skill.slack.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.platina.integration.api.Connection;
import dev.platina.integration.api.InboundDelivery;
import dev.platina.integration.api.WebhookHandler;
import dev.platina.integration.api.WebhookReading;
import dev.platina.integration.api.WebhookRefusedException;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Everything Slack sends to the connection's hook address, told apart by its content: Events API callbacks (JSON:
 * the {@code url_verification} handshake and {@code event_callback}s) and interactivity payloads (a form with one
 * {@code payload} field: button clicks). Both are signed alike and verified before anything is read. Slack retries a
 * callback it got no answer to with the same {@code event_id}, which the kit recognises.
 */
@Component(service = WebhookHandler.class)
public final class SlackWebhooks implements WebhookHandler {

    private final ApprovalClicks clicks;

    @Activate
    public SlackWebhooks(@Reference ApprovalClicks clicks) {
        this.clicks = clicks;
    }

    @Override
    public String connectorId() {
        return SlackConnector.ID;
    }

    @Override
    public WebhookReading read(Connection connection, InboundDelivery delivery) throws WebhookRefusedException {
        String secret = connection.secret(SlackConnector.SIGNING_SECRET).orElseThrow(() ->
                new WebhookRefusedException("No signing secret is stored for this Slack connection."));
        SlackSignature.verify(delivery.header("X-Slack-Request-Timestamp").orElse(null),
                delivery.header("X-Slack-Signature").orElse(null), delivery.body(), secret, delivery.receivedAt());
        String body = new String(delivery.body(), StandardCharsets.UTF_8);
        Optional<String> payload = interactivityPayload(body);
        if (payload.isPresent()) {
            clicks.clicked(connection, parse(payload.get()));
            return WebhookReading.of(List.of());
        }
        JsonNode callback = parse(body);
        return switch (callback.path("type").asText("")) {
            case "url_verification" -> WebhookReading.answering(List.of(), WebhookReading.Reply.json(
                    SlackApi.write(Map.of("challenge", callback.path("challenge").asText("")))));
            case "event_callback" -> WebhookReading.of(SlackEvents.normalise(callback).map(List::of)
                    .orElse(List.of()));
            default -> WebhookReading.of(List.of());
        };
    }

    /** The JSON of {@code payload=...} when the body is Slack's interactivity form. */
    static Optional<String> interactivityPayload(String body) {
        if (body.stripLeading().startsWith("{")) {
            return Optional.empty();
        }
        for (String pair : body.split("&")) {
            if (pair.startsWith("payload=")) {
                return Optional.of(URLDecoder.decode(pair.substring("payload=".length()), StandardCharsets.UTF_8));
            }
        }
        return Optional.empty();
    }

    private static JsonNode parse(String json) {
        try {
            JsonNode node = SlackApi.JSON.readTree(json);
            if (node == null || !node.isObject()) {
                throw new IllegalArgumentException("is not a Slack request (not a JSON object)");
            }
            return node;
        } catch (IOException e) {
            throw new IllegalArgumentException("is not a Slack request (not JSON)");
        }
    }
}
