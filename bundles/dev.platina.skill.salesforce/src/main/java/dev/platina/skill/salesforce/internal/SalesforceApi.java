package dev.platina.skill.salesforce.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.platina.integration.api.Connection;
import dev.platina.integration.api.VendorAnswer;
import dev.platina.integration.api.VendorHttp;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Salesforce's REST API for one connection: the org's instance address, the configured API version and the
 * connection's OAuth access token as a bearer token. Salesforce answers {@code 401 INVALID_SESSION_ID} when a
 * session expired or was revoked; the request is then sent once more if the kit hands out a different token (it
 * refreshed it), otherwise the 401 stands.
 */
final class SalesforceApi {
    /** Query pages followed in one go at most, so a runaway query cannot hold a poller forever. */
    static final int MOST_PAGES = 20;

    private final Connection connection;
    /** The token answer's field naming the org's API host (OAuth web server flow). */
    static final String INSTANCE_URL_ANSWER = "instance_url";

    private final String instance;
    private final String version;
    private String token;

    private SalesforceApi(Connection connection, String instance, String version, String token) {
        this.connection = connection;
        this.instance = instance;
        this.version = version;
        this.token = token;
    }

    static SalesforceApi of(Connection connection) throws IOException {
        String instance = connection.setting(SalesforceConnector.INSTANCE_URL).filter(url -> !url.isBlank())
                .or(() -> connection.tokenAnswer(INSTANCE_URL_ANSWER)).filter(url -> !url.isBlank())
                .orElseThrow(() -> new IOException("Salesforce has not said where this organisation's API lives:"
                        + " authorise the connection again, or enter the Instance address."));
        String version = connection.setting(SalesforceConnector.API_VERSION).filter(v -> !v.isBlank())
                .orElse(SalesforceConnector.DEFAULT_API_VERSION).strip();
        return new SalesforceApi(connection, instance.strip(), version, connection.accessToken());
    }

    /** {@code /services/data/v60.0} followed by {@code rest}. */
    String data(String rest) {
        return "/services/data/" + version + rest;
    }

    /** The signed-in user and org, from the OpenID Connect user info endpoint of the instance. */
    VendorAnswer userInfo() throws IOException, InterruptedException {
        return get("/services/oauth2/userinfo");
    }

    VendorAnswer get(String path) throws IOException, InterruptedException {
        return send("GET", path, null);
    }

    VendorAnswer json(String method, String path, Map<String, Object> body) throws IOException,
            InterruptedException {
        return send(method, path, SalesforceJson.write(body));
    }

    /**
     * The records a SOQL query selects, following {@code nextRecordsUrl} page after page.
     *
     * @throws SalesforceException when Salesforce refuses the query or a page
     */
    List<JsonNode> query(String soql) throws IOException, InterruptedException, SalesforceException {
        var records = new ArrayList<JsonNode>();
        String next = data("/query?q=" + URLEncoder.encode(soql, StandardCharsets.UTF_8));
        for (int page = 0; next != null && page < MOST_PAGES; page++) {
            VendorAnswer answer = get(next);
            if (!answer.ok()) {
                throw new SalesforceException(answer);
            }
            JsonNode result = SalesforceJson.read(answer.body());
            result.path("records").forEach(records::add);
            next = result.path("done").asBoolean(true) || !result.path("nextRecordsUrl").isTextual() ? null
                    : result.path("nextRecordsUrl").asText();
        }
        return records;
    }

    private VendorAnswer send(String method, String path, String body) throws IOException, InterruptedException {
        VendorAnswer answer = http().send(method, path, body == null ? null : "application/json", body, Map.of());
        if (answer.status() == 401) {
            // Salesforce ends sessions without having said when: the kit refreshes the refused token on demand.
            String again = connection.accessTokenAfterRefusal(token);
            if (!again.equals(token)) {
                token = again;
                answer = http().send(method, path, body == null ? null : "application/json", body, Map.of());
            }
        }
        return answer;
    }

    private VendorHttp http() {
        return VendorHttp.at(instance, Map.of("Authorization", "Bearer " + token, "Accept", "application/json"));
    }
}
