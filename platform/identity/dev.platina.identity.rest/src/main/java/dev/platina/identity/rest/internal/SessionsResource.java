package dev.platina.identity.rest.internal;

import dev.platina.identity.api.SessionInfo;
import dev.platina.identity.api.SessionService;
import dev.platina.rest.Ids;
import dev.platina.rest.PlatinaApi;
import java.time.Instant;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** Who is signed in to the caller's organisation, and ending a session. */
@Component(service = SessionsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PlatinaApi.APPLICATION_SELECT)
@Path("v1/sessions")
@Produces(MediaType.APPLICATION_JSON)
public final class SessionsResource {

    public record SessionView(String id, String userId, String username, String kind, Instant createdAt,
            Instant lastUsedAt, Instant expiresAt) {
        static SessionView of(SessionInfo s) {
            return new SessionView(s.id().toString(), s.userId().toString(), s.username(), s.kind(), s.createdAt(),
                    s.lastUsedAt(), s.expiresAt());
        }
    }

    private final SessionService sessions;

    @Activate
    public SessionsResource(@Reference SessionService sessions) {
        this.sessions = sessions;
    }

    @GET
    public Views.ListView<SessionView> list(@Context SecurityContext security) {
        return new Views.ListView<>(sessions.list(CallerPrincipal.callerOf(security)).stream()
                .map(SessionView::of).toList(), null);
    }

    @DELETE
    @Path("{id}")
    public void revoke(@PathParam("id") String id, @Context SecurityContext security) {
        sessions.revoke(CallerPrincipal.callerOf(security), Ids.parse(id, "session"));
    }
}
