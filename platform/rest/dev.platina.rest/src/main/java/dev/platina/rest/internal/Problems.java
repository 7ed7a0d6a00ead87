package dev.platina.rest.internal;

import dev.platina.rest.PlatinaApi;
import dev.platina.rest.ProblemType;
import dev.platina.rest.RequestIds;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.ws.rs.core.Response;

/** Builds RFC 9457 answers; every error the API gives passes through here. */
final class Problems {

    private Problems() {
    }

    static Response response(ProblemType type, String detail, Map<String, Object> extensions,
            Map<String, String> headers) {
        var body = new LinkedHashMap<String, Object>();
        body.put("type", type.type().toString());
        body.put("title", type.title());
        body.put("status", type.status());
        if (detail != null && !detail.isBlank()) {
            body.put("detail", detail);
        }
        String requestId = RequestIds.current();
        if (requestId != null) {
            body.put("requestId", requestId);
        }
        extensions.forEach(body::putIfAbsent);
        Response.ResponseBuilder builder = Response.status(type.status())
                .type(PlatinaApi.PROBLEM_JSON)
                .entity(body);
        headers.forEach(builder::header);
        return builder.build();
    }

    static Response response(ProblemType type, String detail) {
        return response(type, detail, Map.of(), Map.of());
    }

    /** The problem type that fits a bare HTTP status raised by the JAX-RS runtime. */
    static ProblemType forStatus(int status) {
        return switch (status) {
            case 400 -> ProblemType.MALFORMED_REQUEST;
            case 401 -> ProblemType.UNAUTHENTICATED;
            case 403 -> ProblemType.FORBIDDEN;
            case 404 -> ProblemType.NOT_FOUND;
            case 405 -> ProblemType.METHOD_NOT_ALLOWED;
            case 406 -> ProblemType.NOT_ACCEPTABLE;
            case 409 -> ProblemType.CONFLICT;
            case 413 -> ProblemType.PAYLOAD_TOO_LARGE;
            case 415 -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
            case 429 -> ProblemType.RATE_LIMITED;
            case 503 -> ProblemType.UNAVAILABLE;
            default -> status >= 500 ? ProblemType.INTERNAL : ProblemType.of("http-" + status, "Request failed", status);
        };
    }
}
