package dev.platina.rest.internal;

import dev.platina.rest.PlatinaApi;
import javax.ws.rs.core.Application;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationBase;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/** The application every Platina resource joins; resources come and go through the whiteboard. */
@Component(service = javax.ws.rs.core.Application.class)
@JaxrsName(PlatinaApi.APPLICATION_NAME)
@JaxrsApplicationBase(PlatinaApi.BASE_PATH)
public final class PlatinaApplication extends Application {
}
