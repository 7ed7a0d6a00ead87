package dev.platina.audit.api;

import java.time.Instant;

/**
 * Filters for reading the trail, newest first. Every field may be null (no filter). {@code beforeSequence} is the
 * cursor: only events older than it.
 */
public record AuditQuery(
        String action,
        String actorId,
        String targetId,
        AuditOutcome outcome,
        Instant from,
        Instant to,
        Long beforeSequence,
        int limit) {

    public static final int MAX_LIMIT = 500;

    public AuditQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
    }
}
