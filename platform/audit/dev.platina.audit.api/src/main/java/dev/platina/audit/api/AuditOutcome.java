package dev.platina.audit.api;

public enum AuditOutcome {
    /** The action was carried out. */
    SUCCESS,
    /** The action was attempted and failed (bad password, validation, conflict ...). */
    FAILURE,
    /** The action was refused for a missing permission. */
    DENIED
}
