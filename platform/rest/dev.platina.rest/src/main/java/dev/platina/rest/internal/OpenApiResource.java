package dev.platina.rest.internal;

import dev.platina.rest.PlatinaApi;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.annotation.security.PermitAll;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceObjects;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.JaxrsWhiteboardConstants;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code GET /api/openapi.json}: the OpenAPI document of every resource the Platina application has now. */
@Component(service = OpenApiResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PlatinaApi.APPLICATION_SELECT)
@PermitAll
@Path("openapi.json")
public final class OpenApiResource {

    private static final String RESOURCES_OF_PLATINA = "(&(" + JaxrsWhiteboardConstants.JAX_RS_RESOURCE + "=true)("
            + JaxrsWhiteboardConstants.JAX_RS_APPLICATION_SELECT + "=" + PlatinaApi.APPLICATION_SELECT
            .replace("(", "\\(").replace(")", "\\)").replace("*", "\\*") + "))";

    private final BundleContext context;

    @Activate
    public OpenApiResource(BundleContext context) {
        this.context = context;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> openApi() throws InvalidSyntaxException {
        return OpenApiDocument.generate(ProductVersion.of(context), resourceClasses());
    }

    private List<Class<?>> resourceClasses() throws InvalidSyntaxException {
        var classes = new ArrayList<Class<?>>();
        ServiceReference<?>[] references = context.getAllServiceReferences(null, RESOURCES_OF_PLATINA);
        for (ServiceReference<?> reference : references == null ? new ServiceReference<?>[0] : references) {
            @SuppressWarnings("unchecked")
            ServiceObjects<Object> objects = context.getServiceObjects((ServiceReference<Object>) reference);
            Object resource = objects == null ? null : objects.getService();
            if (resource != null) {
                classes.add(resource.getClass());
                objects.ungetService(resource);
            }
        }
        return classes;
    }
}
