package dev.platina.integration.api;

import java.util.Objects;
import java.util.Optional;

/**
 * How a connection check went, in plain words ("Connected to the Stripe account Acme Ltd.", "Stripe refused the
 * API key: it was revoked or mistyped."). A failure may name the field that is wrong, so the form marks it.
 */
public record CheckResult(boolean ok, String message, Optional<String> field) {

    public CheckResult {
        Objects.requireNonNull(message, "message");
        field = field == null ? Optional.empty() : field;
    }

    public static CheckResult ok(String message) {
        return new CheckResult(true, message, Optional.empty());
    }

    public static CheckResult failed(String message) {
        return new CheckResult(false, message, Optional.empty());
    }

    public static CheckResult failed(String field, String message) {
        return new CheckResult(false, message, Optional.of(field));
    }
}
