package dev.platina.identity.api;

import java.time.Instant;

/** A new session: the bearer token (shown once, stored only as a hash) and who it belongs to. */
public record LoginResult(String token, Instant expiresAt, Caller caller) {

    @Override
    public String toString() {
        return "LoginResult[expiresAt=" + expiresAt + ", caller=" + caller + "]";
    }
}
