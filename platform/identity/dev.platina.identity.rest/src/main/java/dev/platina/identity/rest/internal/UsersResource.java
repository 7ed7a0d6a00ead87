package dev.platina.identity.rest.internal;

import dev.platina.core.api.InvalidInputException;
import dev.platina.identity.api.Caller;
import dev.platina.identity.api.NewUser;
import dev.platina.identity.api.Page;
import dev.platina.identity.api.TwoFactorService;
import dev.platina.identity.api.User;
import dev.platina.identity.api.UserChanges;
import dev.platina.identity.api.UserService;
import dev.platina.rest.ETags;
import dev.platina.rest.Ids;
import dev.platina.rest.PlatinaApi;
import dev.platina.rest.ResponseSchema;
import java.net.URI;
import java.util.Set;
import java.util.UUID;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.PATCH;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
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

/** Users of the caller's organisation. */
@Component(service = UsersResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PlatinaApi.APPLICATION_SELECT)
@Path("v1/users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class UsersResource {

    public record CreateUser(String username, String displayName, String email, String password, Set<String> roles) {
        @Override
        public String toString() {
            return "CreateUser[username=" + username + "]";
        }
    }

    public record PatchUser(String displayName, String email, Set<String> roles, Boolean enabled) {
    }

    public record PasswordReset(String password) {
        @Override
        public String toString() {
            return "PasswordReset[]";
        }
    }

    private final UserService users;
    private final TwoFactorService twoFactor;

    @Activate
    public UsersResource(@Reference UserService users, @Reference TwoFactorService twoFactor) {
        this.users = users;
        this.twoFactor = twoFactor;
    }

    @GET
    public Views.ListView<Views.UserView> list(@QueryParam("limit") @DefaultValue("50") int limit,
            @QueryParam("cursor") String cursor, @Context SecurityContext security) {
        Page<User> page = users.list(CallerPrincipal.callerOf(security), limit, cursor);
        return new Views.ListView<>(page.items().stream().map(Views.UserView::of).toList(), page.nextCursor());
    }

    @POST
    @ResponseSchema(Views.UserView.class)
    public Response create(CreateUser request, @Context SecurityContext security) {
        if (request == null) {
            throw InvalidInputException.of("body", "send username, password and roles");
        }
        User user = users.create(CallerPrincipal.callerOf(security), new NewUser(request.username(),
                request.displayName(), request.email(), request.password(), request.roles()));
        return Response.created(URI.create(PlatinaApi.BASE_PATH + "/v1/users/" + user.id()))
                .tag(ETags.of(user.version())).entity(Views.UserView.of(user)).build();
    }

    @GET
    @Path("{id}")
    @ResponseSchema(Views.UserView.class)
    public Response get(@PathParam("id") String id, @Context SecurityContext security) {
        User user = users.get(CallerPrincipal.callerOf(security), Ids.parse(id, "user"));
        return Response.ok(Views.UserView.of(user)).tag(ETags.of(user.version())).build();
    }

    @PATCH
    @Path("{id}")
    @ResponseSchema(Views.UserView.class)
    public Response update(@PathParam("id") String id, PatchUser patch,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Context SecurityContext security) {
        if (patch == null) {
            throw InvalidInputException.of("body", "send the fields to change");
        }
        Caller caller = CallerPrincipal.callerOf(security);
        UUID userId = Ids.parse(id, "user");
        long expected = ETags.expectedVersion(ifMatch, () -> users.get(caller, userId).version());
        User user = users.update(caller, userId, new UserChanges(patch.displayName(), patch.email(), patch.roles(),
                patch.enabled()), expected);
        return Response.ok(Views.UserView.of(user)).tag(ETags.of(user.version())).build();
    }

    @DELETE
    @Path("{id}")
    public void delete(@PathParam("id") String id, @Context SecurityContext security) {
        users.delete(CallerPrincipal.callerOf(security), Ids.parse(id, "user"));
    }

    @POST
    @Path("{id}/password")
    public void resetPassword(@PathParam("id") String id, PasswordReset reset, @Context SecurityContext security) {
        if (reset == null) {
            throw InvalidInputException.of("body", "send the new password");
        }
        users.resetPassword(CallerPrincipal.callerOf(security), Ids.parse(id, "user"), reset.password());
    }

    /** Turns a user's TOTP off, e.g. after a lost phone; the user enrolls again. */
    @DELETE
    @Path("{id}/totp")
    public void resetTotp(@PathParam("id") String id, @Context SecurityContext security) {
        twoFactor.reset(CallerPrincipal.callerOf(security), Ids.parse(id, "user"));
    }
}
