package dev.platina.rest.internal;

import dev.platina.core.api.AccessDeniedException;
import dev.platina.core.api.AuthenticationFailedException;
import dev.platina.core.api.ConflictException;
import dev.platina.core.api.InvalidInputException;
import dev.platina.core.api.LimitExceededException;
import dev.platina.core.api.NotFoundException;
import dev.platina.rest.PlatinaApi;
import dev.platina.rest.ProblemType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;

/**
 * The failures services report through {@code dev.platina.core.api}, as problems: 400 with the offending fields,
 * 401, 403 naming the permission, 404, 409, 429 naming a rate limit with {@code Retry-After}, and 413 naming a
 * quota that time does not free (storage). Any other runtime
 * exception is unexpected and handled as such.
 */
@Component(service = ExceptionMapper.class)
@JaxrsExtension
@JaxrsApplicationSelect(PlatinaApi.APPLICATION_SELECT)
public final class DomainExceptionMapper implements ExceptionMapper<RuntimeException> {

    static final ProblemType QUOTA_EXCEEDED = ProblemType.of("quota-exceeded", "A quota is used up", 413);

    @Override
    public Response toResponse(RuntimeException exception) {
        if (exception instanceof InvalidInputException invalid) {
            var errors = new ArrayList<Map<String, String>>();
            invalid.fieldErrors().forEach((field, message) -> {
                var error = new LinkedHashMap<String, String>();
                error.put("field", field);
                error.put("message", message);
                errors.add(error);
            });
            return Problems.response(ProblemType.VALIDATION, invalid.getMessage(), Map.of("errors", errors), Map.of());
        }
        if (exception instanceof AuthenticationFailedException failed) {
            Map<String, Object> extensions = failed.secondFactorRequired()
                    ? Map.of("secondFactorRequired", true) : Map.of();
            return Problems.response(ProblemType.UNAUTHENTICATED, failed.getMessage(), extensions,
                    Map.of(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"platina\""));
        }
        if (exception instanceof AccessDeniedException denied) {
            return Problems.response(ProblemType.FORBIDDEN, denied.getMessage(),
                    Map.of("permission", denied.permission()), Map.of());
        }
        if (exception instanceof NotFoundException) {
            return Problems.response(ProblemType.NOT_FOUND, exception.getMessage());
        }
        if (exception instanceof ConflictException) {
            return Problems.response(ProblemType.CONFLICT, exception.getMessage());
        }
        if (exception instanceof LimitExceededException limit) {
            var extensions = new LinkedHashMap<String, Object>();
            extensions.put("limit", limit.limit());
            extensions.put("limitValue", limit.value());
            if (limit.retryAfter().isEmpty()) {
                // A quota that does not free up with time (storage): the request is too large for what is left.
                return Problems.response(QUOTA_EXCEEDED, limit.getMessage(), extensions, Map.of());
            }
            return Problems.response(ProblemType.RATE_LIMITED, limit.getMessage(), extensions, Map.of(
                    HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, limit.retryAfter().get().toSeconds()))));
        }
        return UnexpectedExceptionMapper.answer(exception);
    }
}
