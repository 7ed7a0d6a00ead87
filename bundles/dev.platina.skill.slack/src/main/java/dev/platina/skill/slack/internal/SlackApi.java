package dev.platina.skill.slack.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.platina.integration.api.Connection;
import dev.platina.integration.api.VendorHttp;
import java.io.IOException;
import java.util.Map;

/**
 * Slack's Web API for one connection: methods are called by name ({@code chat.postMessage}) with a JSON body and
 * the bot token as bearer, or read with query parameters (the lookup methods take no JSON body).
 */
final class SlackApi {

    static final ObjectMapper JSON = new ObjectMapper();

    private final VendorHttp http;

    private SlackApi(VendorHttp http) {
        this.http = http;
    }

    static SlackApi of(Connection connection) {
        String token = connection.secret(SlackConnector.BOT_TOKEN).orElseThrow(() -> new IllegalStateException(
                "No bot token is stored for this Slack connection."));
        return at(connection.setting(SlackConnector.BASE_URL).filter(url -> !url.isBlank())
                .orElse(SlackConnector.DEFAULT_BASE_URL), token);
    }

    static SlackApi at(String baseUrl, String token) {
        return new SlackApi(VendorHttp.at(baseUrl, Map.of("Authorization", "Bearer " + token,
                "Accept", "application/json")));
    }

    /** A method with a JSON body ({@code charset} named, as Slack asks of JSON posts). */
    SlackAnswer call(String method, Map<String, ?> body) throws IOException, InterruptedException {
        return SlackAnswer.of(http.send("POST", "/" + method, "application/json; charset=utf-8", write(body),
                Map.of()));
    }

    /** A reading method with its arguments in the query string. */
    SlackAnswer read(String method, Map<String, String> arguments) throws IOException, InterruptedException {
        return SlackAnswer.of(http.get("/" + method + "?" + VendorHttp.formEncoded(arguments)));
    }

    static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot be written as JSON", e);
        }
    }
}
