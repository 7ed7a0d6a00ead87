package dev.platina.notification.webpush.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.platina.notification.api.Notification;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JSON the service worker receives: the notification's map plus {@code tag}, the idempotency key, so that a
 * message delivered twice replaces the notification shown instead of showing it twice.
 */
final class PushPayload {

    /**
     * Push services must accept 4096 bytes of encrypted body (RFC 8030 section 7.2); what is left after the
     * encryption's own bytes is for the JSON.
     */
    static final int MAX_BYTES = 4096 - PushMessageEncryption.OVERHEAD_BYTES;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ELLIPSIS = "…";

    private PushPayload() {
    }

    /**
     * The payload, with the body shortened when the whole would not fit; actions are never dropped, since they
     * are what the person acts on.
     *
     * @throws IllegalArgumentException when even without a body the notification does not fit
     */
    static byte[] of(Notification notification, String tag) {
        byte[] whole = encode(notification, notification.body(), tag);
        if (whole.length <= MAX_BYTES) {
            return whole;
        }
        String body = notification.body();
        int[] codePoints = body.codePoints().toArray();
        int fits = -1;
        int low = 0;
        int high = codePoints.length - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            if (encode(notification, shortened(codePoints, middle), tag).length <= MAX_BYTES) {
                fits = middle;
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        if (fits < 0) {
            throw new IllegalArgumentException("The notification's title, link and actions alone exceed the "
                    + MAX_BYTES + " bytes a push message can carry");
        }
        return encode(notification, shortened(codePoints, fits), tag);
    }

    private static String shortened(int[] codePoints, int length) {
        return new String(codePoints, 0, length).stripTrailing() + ELLIPSIS;
    }

    private static byte[] encode(Notification notification, String body, String tag) {
        Map<String, Object> map = new LinkedHashMap<>(notification.toMap());
        map.put("body", body);
        map.put("tag", tag);
        try {
            return JSON.writeValueAsBytes(map);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
