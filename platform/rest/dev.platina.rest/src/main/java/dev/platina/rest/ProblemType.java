package dev.platina.rest;

import java.net.URI;
import java.util.Objects;

/**
 * A kind of problem with a stable {@code type} URI that clients can branch on. The title is the same for every
 * occurrence; what differs goes into the detail.
 */
public record ProblemType(URI type, String title, int status) {

    private static final String BASE = "https://platina.dev/problems/";

    public static final ProblemType VALIDATION = of("validation", "The request has invalid fields", 400);
    public static final ProblemType MALFORMED_REQUEST = of("malformed-request", "The request could not be read", 400);
    public static final ProblemType UNAUTHENTICATED = of("unauthenticated", "Authentication is required", 401);
    public static final ProblemType FORBIDDEN = of("forbidden", "A permission is missing", 403);
    public static final ProblemType NOT_FOUND = of("not-found", "Not found", 404);
    public static final ProblemType METHOD_NOT_ALLOWED = of("method-not-allowed", "Method not allowed", 405);
    public static final ProblemType NOT_ACCEPTABLE = of("not-acceptable", "No acceptable representation", 406);
    public static final ProblemType CONFLICT = of("conflict", "The resource changed or already exists", 409);
    public static final ProblemType PAYLOAD_TOO_LARGE = of("payload-too-large", "The request is too large", 413);
    public static final ProblemType UNSUPPORTED_MEDIA_TYPE = of("unsupported-media-type", "Unsupported media type", 415);
    public static final ProblemType RATE_LIMITED = of("rate-limited", "Too many requests", 429);
    public static final ProblemType INTERNAL = of("internal", "Internal error", 500);
    public static final ProblemType UNAVAILABLE = of("unavailable", "Service unavailable", 503);

    public ProblemType {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(title, "title");
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("A problem status is 4xx or 5xx, not " + status);
        }
    }

    /** A problem type under the Platina namespace, e.g. {@code of("quota-exceeded", "Quota exceeded", 429)}. */
    public static ProblemType of(String slug, String title, int status) {
        return new ProblemType(URI.create(BASE + slug), title, status);
    }
}
