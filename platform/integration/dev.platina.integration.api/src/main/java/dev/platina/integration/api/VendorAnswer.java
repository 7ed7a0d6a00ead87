package dev.platina.integration.api;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * A vendor's HTTP answer: its status, body as text, headers (names in lower case) and the wait it asked for in
 * {@code Retry-After}, if any.
 */
public record VendorAnswer(int status, String body, Map<String, String> headers, Optional<Duration> retryAfter) {

    public VendorAnswer {
        body = body == null ? "" : body;
        headers = headers == null ? Map.of() : Map.copyOf(headers);
        retryAfter = retryAfter == null ? Optional.empty() : retryAfter;
    }

    public boolean ok() {
        return status >= 200 && status < 300;
    }

    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name.toLowerCase(java.util.Locale.ROOT)));
    }

    /**
     * This failed answer as a {@link CallResult} read the usual way ({@link CallResult#ofFailedStatus}), worded
     * "<vendor> answered <status>: <what the vendor said>".
     */
    public CallResult failure(String vendorName, String vendorMessage) {
        String said = vendorMessage == null || vendorMessage.isBlank() ? "" : ": " + vendorMessage.strip();
        return CallResult.ofFailedStatus(status, vendorName + " answered " + status + said, retryAfter);
    }
}
