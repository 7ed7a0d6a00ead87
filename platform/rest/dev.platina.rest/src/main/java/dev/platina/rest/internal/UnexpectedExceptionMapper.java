package dev.platina.rest.internal;

import dev.platina.rest.PlatinaApi;
import dev.platina.rest.ProblemType;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The last line: a failure nobody anticipated is logged in full here and answered without internals. */
@Component(service = ExceptionMapper.class)
@JaxrsExtension
@JaxrsApplicationSelect(PlatinaApi.APPLICATION_SELECT)
public final class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedExceptionMapper.class);

    @Override
    public Response toResponse(Throwable exception) {
        return answer(exception);
    }

    /** Logs the failure in full and answers without internals; other mappers end here for what they do not know. */
    static Response answer(Throwable exception) {
        LOG.error("Request failed unexpectedly", exception);
        return Problems.response(ProblemType.INTERNAL, "Something went wrong on our side."
                + " Try again; if it keeps failing, give your administrator the request id.");
    }
}
