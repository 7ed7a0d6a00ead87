package dev.platina.skill.slack.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.platina.integration.api.Connection;
import dev.platina.integration.api.VendorHttp;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers to a click through the payload's {@code response_url}: a note only the clicker sees, or the message
 * replaced by its text and the outcome (its buttons gone). The address must be Slack's (https), or on the host of
 * the connection's API address, so a payload cannot send Platina's answer elsewhere.
 */
final class SlackReplies {

    private static final Logger LOG = LoggerFactory.getLogger(SlackReplies.class);

    private final Connection connection;
    private final JsonNode payload;

    SlackReplies(Connection connection, JsonNode payload) {
        this.connection = connection;
        this.payload = payload;
    }

    void onlyToClicker(String text) {
        send(Map.of("response_type", "ephemeral", "replace_original", false, "text", text));
    }

    void replaceMessage(String outcome) {
        var blocks = new ArrayList<Map<String, Object>>();
        JsonNode first = payload.path("message").path("blocks").path(0);
        String original = first.path("type").asText("").equals("section") ? first.path("text").path("text").asText("")
                : ApprovalMessage.escape(payload.path("message").path("text").asText(""));
        if (!original.isBlank()) {
            blocks.add(ApprovalMessage.section(original));
        }
        blocks.add(ApprovalMessage.context(ApprovalMessage.escape(outcome)));
        var body = new LinkedHashMap<String, Object>();
        body.put("replace_original", true);
        body.put("text", outcome);
        body.put("blocks", blocks);
        send(body);
    }

    private void send(Map<String, Object> body) {
        String address = payload.path("response_url").asText("");
        if (!allowed(address)) {
            LOG.warn("A Slack click came without a usable response_url; its outcome was not shown in Slack");
            return;
        }
        try {
            var answer = VendorHttp.at(address, Map.of()).json("POST", "", SlackApi.write(body));
            if (!answer.ok()) {
                LOG.warn("Slack answered {} to a click's reply", answer.status());
            }
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("The reply to a Slack click could not be sent: {}", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean allowed(String address) {
        try {
            URI uri = URI.create(address);
            if (uri.getHost() == null) {
                return false;
            }
            if ("https".equals(uri.getScheme()) && (uri.getHost().equals("slack.com")
                    || uri.getHost().endsWith(".slack.com"))) {
                return true;
            }
            String api = connection.setting(SlackConnector.BASE_URL).filter(url -> !url.isBlank())
                    .orElse(SlackConnector.DEFAULT_BASE_URL);
            return uri.getHost().equals(URI.create(api).getHost()) && uri.getScheme().equals(URI.create(api)
                    .getScheme());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
