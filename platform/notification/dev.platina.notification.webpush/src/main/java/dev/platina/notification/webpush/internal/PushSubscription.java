package dev.platina.notification.webpush.internal;

import java.util.UUID;

/** A subscribed browser or app as the sender needs it: its id and where and how to send. */
record PushSubscription(UUID id, PushKeys keys) {
}
