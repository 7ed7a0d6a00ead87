package dev.platina.notification.webpush.internal;

import dev.platina.core.api.InvalidInputException;
import dev.platina.core.api.NotFoundException;
import dev.platina.identity.api.Caller;
import dev.platina.identity.rest.RequestCallers;
import dev.platina.rest.Ids;
import dev.platina.rest.OperationDescription;
import dev.platina.rest.PlatinaApi;
import dev.platina.rest.ResponseSchema;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** The caller's own browsers and apps subscribed to push notifications. */
@Component(service = PushSubscriptionsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PlatinaApi.APPLICATION_SELECT)
@Path("v1/me/push-subscriptions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class PushSubscriptionsResource {

    /** The body a browser's {@code PushSubscription.toJSON()} gives; {@code expirationTime} is not used. */
    public record SubscriptionRequest(String endpoint, Long expirationTime, KeysRequest keys) {
    }

    public record KeysRequest(String p256dh, String auth) {
    }

    /** A device as its owner sees it; the endpoint and keys are never shown. */
    public record DeviceView(String id, String userAgent, String createdAt, String lastUsedAt, String lastError) {

        static DeviceView of(PushDevice device) {
            return new DeviceView(device.id().toString(), device.userAgent().orElse(null),
                    device.createdAt().toString(), device.lastUsedAt().map(Instant::toString).orElse(null),
                    device.lastError().orElse(null));
        }
    }

    public record Page<T>(List<T> items, String nextCursor) {
    }

    private final PushSubscriptions subscriptions;

    @Activate
    public PushSubscriptionsResource(@Reference PushSubscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    @GET
    public Page<DeviceView> list(@Context SecurityContext security) {
        return new Page<>(subscriptions.devices(RequestCallers.of(security)).stream().map(DeviceView::of).toList(),
                null);
    }

    @POST
    @ResponseSchema(DeviceView.class)
    @OperationDescription("Subscribes the calling browser: send its `PushSubscription.toJSON()`. Subscribing the"
            + " same endpoint again replaces the earlier subscription.")
    public Response subscribe(SubscriptionRequest request, @HeaderParam(HttpHeaders.USER_AGENT) String userAgent,
            @Context SecurityContext security) {
        Caller caller = RequestCallers.of(security);
        if (request == null || request.keys() == null) {
            throw InvalidInputException.of("keys", "send the subscription as PushSubscription.toJSON() gives it:"
                    + " endpoint and keys with p256dh and auth");
        }
        UUID id = subscriptions.subscribe(caller, request.endpoint(), request.keys().p256dh(), request.keys().auth(),
                userAgent);
        PushDevice device = subscriptions.device(caller, id).orElseThrow(() -> new NotFoundException(
                "Push subscription " + id));
        return Response.created(URI.create(PlatinaApi.BASE_PATH + "/v1/me/push-subscriptions/" + id))
                .entity(DeviceView.of(device)).build();
    }

    @DELETE
    @Path("{id}")
    public void unsubscribe(@PathParam("id") String id, @Context SecurityContext security) {
        subscriptions.unsubscribe(RequestCallers.of(security), Ids.parse(id, "push subscription"));
    }
}
