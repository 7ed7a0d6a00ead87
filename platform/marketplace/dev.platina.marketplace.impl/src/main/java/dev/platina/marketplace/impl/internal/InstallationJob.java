package dev.platina.marketplace.impl.internal;

import dev.platina.marketplace.api.Installation;
import dev.platina.marketplace.api.Installation.Action;
import dev.platina.marketplace.api.Installation.State;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The live state of one installation, updated by the worker and read by pollers. */
final class InstallationJob {

    private final UUID id = UUID.randomUUID();
    private final String skillId;
    private final String version;
    private final Optional<String> fromVersion;
    private final Action action;
    private final Instant requestedAt = Instant.now();
    private State state = State.PENDING;
    private int progress;
    private String step = "Waiting for earlier installations to finish";
    private String error;
    private Instant finishedAt;

    InstallationJob(String skillId, String version, Optional<String> fromVersion, Action action) {
        this.skillId = skillId;
        this.version = version;
        this.fromVersion = fromVersion;
        this.action = action;
    }

    UUID id() {
        return id;
    }

    String skillId() {
        return skillId;
    }

    String version() {
        return version;
    }

    Optional<String> fromVersion() {
        return fromVersion;
    }

    Action action() {
        return action;
    }

    synchronized void step(int percent, String description) {
        state = State.INSTALLING;
        progress = Math.max(progress, Math.min(99, percent));
        step = description;
    }

    synchronized void succeeded() {
        state = State.INSTALLED;
        progress = 100;
        step = "Installed";
        finishedAt = Instant.now();
    }

    synchronized void failed(String message) {
        state = State.FAILED;
        step = "Failed; the installation is as it was before";
        error = message;
        finishedAt = Instant.now();
    }

    synchronized Installation snapshot() {
        return new Installation(id, skillId, version, fromVersion, action, state, progress, step,
                Optional.ofNullable(error), requestedAt, Optional.ofNullable(finishedAt));
    }
}
