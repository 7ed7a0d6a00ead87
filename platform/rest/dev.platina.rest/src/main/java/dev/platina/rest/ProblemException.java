package dev.platina.rest;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Thrown by resources (and the services behind them) to answer with an RFC 9457 problem. Extension members
 * carry what a client needs to act, such as the offending fields or the limit that was hit; they are written
 * next to {@code type}, {@code title}, {@code status} and {@code detail}.
 */
public class ProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient ProblemType problemType;
    private final transient Map<String, Object> extensions;
    private final transient Map<String, String> headers;

    public ProblemException(ProblemType problemType, String detail) {
        this(problemType, detail, Map.of(), Map.of());
    }

    public ProblemException(ProblemType problemType, String detail, Map<String, Object> extensions) {
        this(problemType, detail, extensions, Map.of());
    }

    public ProblemException(ProblemType problemType, String detail, Map<String, Object> extensions,
            Map<String, String> headers) {
        super(detail);
        this.problemType = Objects.requireNonNull(problemType, "problemType");
        this.extensions = Collections.unmodifiableMap(new LinkedHashMap<>(extensions));
        this.headers = Map.copyOf(headers);
    }

    public ProblemType problemType() {
        return problemType;
    }

    /** Problem members beyond the standard ones, in order. */
    public Map<String, Object> extensions() {
        return extensions;
    }

    /** Response headers, such as {@code Retry-After} on 429. */
    public Map<String, String> headers() {
        return headers;
    }
}
