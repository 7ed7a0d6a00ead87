package dev.platina.notification.webpush.internal;

import java.util.Base64;

/** Base64url without padding, the encoding of every key, salt and token in web push and JWT. */
final class Base64Url {

    private Base64Url() {
    }

    static String encode(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * Browsers send keys unpadded, but some libraries pad them; both are accepted.
     *
     * @throws IllegalArgumentException when {@code text} is not base64url
     */
    static byte[] decode(String text) {
        return Base64.getUrlDecoder().decode(text.strip());
    }
}
