package dev.platina.notification.webpush.internal;

import dev.platina.notification.api.SendResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Sums up the answers for a person's devices: sent when any device got it; otherwise retried when any may still
 * get it later; otherwise unreachable when no device is left, refused when some are left but refused it.
 */
final class DeliveryTally {

    private int accepted;
    private int gone;
    private int total;
    private final List<String> reasons = new ArrayList<>();
    private boolean retry;
    private Optional<Duration> retryAfter = Optional.empty();

    void add(DeliveryOutcome outcome) {
        total++;
        switch (outcome.kind()) {
            case ACCEPTED -> accepted++;
            case GONE -> gone++;
            case RETRY -> {
                retry = true;
                // The longest wait asked for, so that no push service is called again before it wants.
                Optional<Duration> asked = outcome.retryAfter();
                if (asked.isPresent() && (retryAfter.isEmpty() || asked.get().compareTo(retryAfter.get()) > 0)) {
                    retryAfter = asked;
                }
            }
            case REFUSED -> { }
        }
        if (outcome.kind() != DeliveryOutcome.Kind.ACCEPTED) {
            reasons.add(outcome.reason());
        }
    }

    SendResult result() {
        if (accepted > 0) {
            return SendResult.sent();
        }
        String reason = String.join("; ", reasons);
        if (retry) {
            return SendResult.retry(reason, retryAfter);
        }
        if (gone == total) {
            return SendResult.unreachable("Every device's push subscription has expired: " + reason);
        }
        return SendResult.refused(reason);
    }
}
