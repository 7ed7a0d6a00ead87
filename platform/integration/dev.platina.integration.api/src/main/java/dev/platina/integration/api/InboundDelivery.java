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
}
