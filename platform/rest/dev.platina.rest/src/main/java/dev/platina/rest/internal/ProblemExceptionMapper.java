package dev.platina.rest.internal;

import dev.platina.rest.PlatinaApi;
import dev.platina.rest.ProblemException;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;

@Component(service = ExceptionMapper.class)
@JaxrsExtension
@JaxrsApplicationSelect(PlatinaApi.APPLICATION_SELECT)
public final class ProblemExceptionMapper implements ExceptionMapper<ProblemException> {

    @Override
    public Response toResponse(ProblemException exception) {
        return Problems.response(exception.problemType(), exception.getMessage(), exception.extensions(),
                exception.headers());
    }
}
