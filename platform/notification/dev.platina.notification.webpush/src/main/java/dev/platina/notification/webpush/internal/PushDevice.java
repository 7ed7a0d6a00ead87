package dev.platina.notification.webpush.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A subscribed browser or app as its owner sees it: never the endpoint or keys, which are secrets. */
record PushDevice(UUID id, Optional<String> userAgent, Instant createdAt, Optional<Instant> lastUsedAt,
        Optional<String> lastError) {
}
