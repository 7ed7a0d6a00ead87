package dev.platina.notification.webpush.internal;

/**
 * What a browser's {@code PushSubscription.toJSON()} carries: the push service's {@code endpoint} (a capability
 * URL: whoever knows it can send) and the keys to encrypt for it (RFC 8291): the P-256 {@code p256dh} public key
 * and the 16-byte {@code auth} secret.
 */
record PushKeys(String endpoint, byte[] p256dh, byte[] auth) {
}
