package dev.platina.skill.hubspot.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.platina.integration.api.Connection;
import dev.platina.integration.api.VendorHttp;
import java.io.IOException;
import java.util.Map;

/** HubSpot's CRM API as documented: JSON requests and answers, the private app's token as a bearer token. */
final class HubSpotClient {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final VendorHttp http;

    private HubSpotClient(VendorHttp http) {
        this.http = http;
    }

    static HubSpotClient of(Connection connection) throws IOException {
        String token = connection.secret(HubSpotConnector.ACCESS_TOKEN)
                .orElseThrow(() -> new IOException("No HubSpot access token is stored for this organisation."));
        String base = connection.setting(HubSpotConnector.BASE_URL).filter(url -> !url.isBlank())
                .orElse(HubSpotConnector.DEFAULT_BASE_URL);
        return new HubSpotClient(VendorHttp.at(base, Map.of("Authorization", "Bearer " + token,
                "Accept", "application/json")));
    }

    HubSpotResponse get(String path) throws IOException, InterruptedException {
        return HubSpotResponse.of(http.get(path));
    }

    HubSpotResponse post(String path, Map<String, Object> body) throws IOException, InterruptedException {
        return HubSpotResponse.of(http.json("POST", path, JSON.writeValueAsString(body)));
    }

    HubSpotResponse patch(String path, Map<String, Object> body) throws IOException, InterruptedException {
        return HubSpotResponse.of(http.json("PATCH", path, JSON.writeValueAsString(body)));
    }
}
