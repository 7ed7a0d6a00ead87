package dev.platina.integration.api;

/** Where an organisation stands with a connector. */
public enum ConnectionState {
    NOT_CONNECTED,
    /** Connected, and the last call or check worked (or nothing has failed since connecting). */
    CONNECTED,
    /** Connected, but the last call or check failed; see the last error. */
    FAILING,
    /** OAuth 2.0 authorisation is missing, was refused or was revoked: an administrator has to authorise again. */
    NEEDS_AUTHORISATION
}
