package dev.platina.marketplace.api;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A running or finished install, upgrade or rollback of one skill on this node. */
public record Installation(
        UUID id,
        String skillId,
        String version,
        Optional<String> fromVersion,
        Action action,
        State state,
        int progress,
        String step,
        Optional<String> error,
        Instant requestedAt,
        Optional<Instant> finishedAt) {

    public enum Action {
        INSTALL,
        UPGRADE,
        ROLLBACK
    }

    public enum State {
        PENDING,
        INSTALLING,
        INSTALLED,
        FAILED
    }

    public boolean finished() {
        return state == State.INSTALLED || state == State.FAILED;
    }
}
