package dev.platina.rest.internal;

import dev.platina.rest.PlatinaApi;
import dev.platina.rest.ProblemType;
import java.util.Map;
import javax.ws.rs.NotFoundException;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;

/**
 * Turns the JAX-RS runtime's own errors (no such path, wrong method, unsupported media type ...) into problems.
 * Its messages are generic; the detail names what to change.
 */
@Component(service = ExceptionMapper.class)
@JaxrsExtension
@JaxrsApplicationSelect(PlatinaApi.APPLICATION_SELECT)
public final class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        int status = original == null ? 500 : original.getStatus();
        if (status >= 500) {
            return UnexpectedExceptionMapper.answer(exception);
        }
        String allow = original.getHeaderString(HttpHeaders.ALLOW);
        if (exception instanceof NotFoundException) {
            // Tells the platform's front door that no resource matched (not that a resource found no object), so
            // it can hold the request while a skill's resources are being swapped.
            return Problems.response(ProblemType.NOT_FOUND, detail(exception, status, allow), Map.of(),
                    Map.of(PlatinaApi.ROUTE_HEADER, PlatinaApi.ROUTE_NONE));
        }
        return Problems.response(Problems.forStatus(status), detail(exception, status, allow), Map.of(),
                allow == null ? Map.of() : Map.of(HttpHeaders.ALLOW, allow));
    }

    private static String detail(WebApplicationException exception, int status, String allow) {
        if (exception instanceof NotFoundException) {
            return "There is no such resource. The API is described at " + PlatinaApi.BASE_PATH + "/openapi.json.";
        }
        if (status == 405 && allow != null) {
            return "This resource accepts " + allow + ".";
        }
        return switch (status) {
            case 406 -> "This resource answers with JSON; accept application/json.";
            case 415 -> "Send the request body as application/json.";
            default -> null;
        };
    }
}
