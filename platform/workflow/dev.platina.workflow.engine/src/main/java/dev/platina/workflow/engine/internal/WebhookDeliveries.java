package dev.platina.workflow.engine.internal;

import dev.platina.core.api.InvalidInputException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** What a run started by a webhook sees of the call: its delivery id, body and the headers worth keeping. */
final class WebhookDeliveries {

    private static final Pattern DELIVERY_ID = Pattern.compile("[\\x21-\\x7e]{1,200}");
    /** Headers a run may read; credentials and the signature itself are left out. */
    private static final Set<String> KEPT_HEADERS = Set.of("content-type", "user-agent");
    private static final Set<String> DROPPED_HEADERS = Set.of("x-platina-signature", "x-api-key", "x-auth-token");
    private static final int MOST_HEADERS = 30;
    private static final int LONGEST_HEADER = 1000;

    private WebhookDeliveries() {
    }

    static String deliveryId(String deliveryId) {
        if (deliveryId == null || !DELIVERY_ID.matcher(deliveryId).matches()) {
            throw InvalidInputException.of("X-Platina-Delivery", "send the delivery's id (1 to 200 visible ASCII"
                    + " characters), the same when the delivery is retried");
        }
        return deliveryId;
    }

    static Map<String, Object> trigger(Object body, Map<String, String> headers, String deliveryId,
            Instant receivedAt) {
        var trigger = new LinkedHashMap<String, Object>();
        trigger.put("kind", "webhook");
        trigger.put("deliveryId", deliveryId);
        trigger.put("receivedAt", receivedAt.toString());
        trigger.put("headers", keptHeaders(headers));
        trigger.put("body", body);
        return trigger;
    }

    /** Content type, user agent and {@code X-} headers other than credentials, by lower-case name. */
    static Map<String, String> keptHeaders(Map<String, String> headers) {
        var kept = new TreeMap<String, String>();
        headers.forEach((name, value) -> {
            String key = name.toLowerCase(Locale.ROOT);
            if ((KEPT_HEADERS.contains(key) || key.startsWith("x-")) && !DROPPED_HEADERS.contains(key)
                    && value != null && kept.size() < MOST_HEADERS) {
                kept.put(key, value.length() > LONGEST_HEADER ? value.substring(0, LONGEST_HEADER) : value);
            }
        });
        return kept;
    }
}
