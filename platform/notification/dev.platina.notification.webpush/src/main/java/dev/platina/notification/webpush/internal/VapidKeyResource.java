package dev.platina.notification.webpush.internal;

import dev.platina.identity.rest.RequestCallers;
import dev.platina.rest.OperationDescription;
import dev.platina.rest.PlatinaApi;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** The installation's VAPID public key, which a browser needs to subscribe ({@code applicationServerKey}). */
@Component(service = VapidKeyResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PlatinaApi.APPLICATION_SELECT)
@Path("v1/push")
@Produces(MediaType.APPLICATION_JSON)
public final class VapidKeyResource {

    public record PublicKeyView(String publicKey) {
    }

    private final VapidKeys keys;

    @Activate
    public VapidKeyResource(@Reference VapidKeys keys) {
        this.keys = keys;
    }

    @GET
    @Path("vapid-public-key")
    @OperationDescription("The installation's VAPID public key (RFC 8292), base64url: pass it as"
            + " `applicationServerKey` to `PushManager.subscribe`. Any signed-in user.")
    public PublicKeyView publicKey(@Context SecurityContext security) {
        // Signed-in users only: the key is not secret, but nobody else has a reason to subscribe.
        RequestCallers.of(security);
        return new PublicKeyView(keys.publicKey());
    }
}
