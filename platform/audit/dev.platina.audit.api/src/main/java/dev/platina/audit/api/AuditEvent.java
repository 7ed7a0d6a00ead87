package dev.platina.audit.api;

import dev.platina.persistence.api.TenantId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One thing that happened: who ({@code actorId}, {@code actorName}; empty for anonymous callers) did what
 * ({@code action}, e.g. {@code user.create}) to which target, with which outcome, in which organisation. Details
 * must never carry secrets: no passwords, tokens, TOTP secrets or codes.
 */
public record AuditEvent(
        TenantId organization,
        String actorId,
        String actorName,
        String action,
        String targetType,
        String targetId,
        AuditOutcome outcome,
        String requestId,
        Map<String, String> details) {

    public AuditEvent {
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(outcome, "outcome");
        details = Collections.unmodifiableMap(new LinkedHashMap<>(details == null ? Map.of() : details));
    }

    public static Builder of(TenantId organization, String action) {
        return new Builder(organization, action);
    }

    /** Builds an event step by step; unset parts stay empty. */
    public static final class Builder {
        private final TenantId organization;
        private final String action;
        private String actorId;
        private String actorName;
        private String targetType;
        private String targetId;
        private AuditOutcome outcome = AuditOutcome.SUCCESS;
        private String requestId;
        private final Map<String, String> details = new LinkedHashMap<>();

        private Builder(TenantId organization, String action) {
            this.organization = organization;
            this.action = action;
        }

        public Builder actor(String id, String name) {
            this.actorId = id;
            this.actorName = name;
            return this;
        }

        public Builder target(String type, String id) {
            this.targetType = type;
            this.targetId = id;
            return this;
        }

        public Builder outcome(AuditOutcome value) {
            this.outcome = value;
            return this;
        }

        public Builder requestId(String value) {
            this.requestId = value;
            return this;
        }

        public Builder detail(String key, Object value) {
            if (value != null) {
                details.put(key, value.toString());
            }
            return this;
        }

        public AuditEvent build() {
            return new AuditEvent(organization, actorId, actorName, action, targetType, targetId, outcome, requestId,
                    details);
        }
    }
}
