package dev.platina.rest.internal;

import dev.platina.rest.PlatinaApi;
import dev.platina.rest.RequestIds;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.container.PreMatching;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Gives every request an id: the caller's {@code X-Request-Id} when it is a plausible id, a new one otherwise.
 * The id is in every log line written while the request runs ({@code %X{requestId}}), in the response header,
 * and in problem answers, so a user's report can be matched to the server's log.
 */
@Component(service = {ContainerRequestFilter.class, ContainerResponseFilter.class})
@JaxrsExtension
@JaxrsApplicationSelect(PlatinaApi.APPLICATION_SELECT)
@PreMatching
@Priority(Priorities.AUTHENTICATION - 500)
public final class RequestIdFilter implements ContainerRequestFilter, ContainerResponseFilter {

    private static final String STARTED_PROPERTY = "platina.requestStarted";
    private static final Logger ACCESS = LoggerFactory.getLogger("dev.platina.rest.access");

    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{8,64}");

    @Override
    public void filter(ContainerRequestContext request) {
        String offered = request.getHeaderString(PlatinaApi.REQUEST_ID_HEADER);
        String id = offered != null && ACCEPTED.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
        request.setProperty(PlatinaApi.REQUEST_ID_PROPERTY, id);
        request.setProperty(STARTED_PROPERTY, System.nanoTime());
        MDC.put(RequestIds.MDC_KEY, id);
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object id = request.getProperty(PlatinaApi.REQUEST_ID_PROPERTY);
        if (id != null) {
            response.getHeaders().putSingle(PlatinaApi.REQUEST_ID_HEADER, id.toString());
        }
        logAccess(request, response);
        MDC.remove(RequestIds.MDC_KEY);
    }

    /** One line per request, carrying its id; health probes only at debug level, they come every few seconds. */
    private static void logAccess(ContainerRequestContext request, ContainerResponseContext response) {
        String path = request.getUriInfo().getPath();
        boolean probe = path.endsWith("health");
        if (probe ? !ACCESS.isDebugEnabled() : !ACCESS.isInfoEnabled()) {
            return;
        }
        Object started = request.getProperty(STARTED_PROPERTY);
        long millis = started instanceof Long nanos ? (System.nanoTime() - nanos) / 1_000_000 : -1;
        String line = request.getMethod() + " /" + path + " -> " + response.getStatus() + " in " + millis + " ms";
        if (probe) {
            ACCESS.debug(line);
        } else {
            ACCESS.info(line);
        }
    }
}
