package dev.platina.integration.api;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** A webhook call as it arrived: its headers (found by any case of their name), its raw body and when it came. */
public record InboundDelivery(Map<String, String> headers, byte[] body, Instant receivedAt) {

    public InboundDelivery {
        var lowerCase = new TreeMap<String, String>();
        if (headers != null) {
            headers.forEach((name, value) -> lowerCase.put(name.toLowerCase(Locale.ROOT), value));
        }
        headers = Map.copyOf(lowerCase);
        body = body == null ? new byte[0] : body;
    }

    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
    }

    /**
     * The address the vendor called, for vendors that sign it (HubSpot, Twilio): the kit's hook address for the
     * connection on the host the request came to, with the scheme and host a proxy in front forwarded
     * ({@code X-Forwarded-Proto}, {@code X-Forwarded-Host}); {@code https} when nothing says otherwise, since vendors
     * deliver to secure addresses.
     */
    public String hookAddress(Connection connection) {
        String scheme = header("X-Forwarded-Proto").map(value -> value.split(",")[0].strip()).orElse("https");
        String host = header("X-Forwarded-Host").map(value -> value.split(",")[0].strip())
                .or(() -> header("Host")).orElse("");
        return scheme + "://" + host + "/api/v1/hooks/" + connection.connectorId() + "/" + connection.id();
    }
}
