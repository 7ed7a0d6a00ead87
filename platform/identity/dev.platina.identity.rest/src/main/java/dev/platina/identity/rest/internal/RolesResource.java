package dev.platina.identity.rest.internal;

import dev.platina.core.api.ConflictException;
import dev.platina.core.api.InvalidInputException;
import dev.platina.core.api.NotFoundException;
import dev.platina.identity.api.BuiltInRole;
import dev.platina.identity.api.Caller;
import dev.platina.identity.api.Role;
import dev.platina.identity.api.RoleDraft;
import dev.platina.identity.api.RoleService;
import dev.platina.rest.ETags;
import dev.platina.rest.Ids;
import dev.platina.rest.PlatinaApi;
import dev.platina.rest.ResponseSchema;
import java.net.URI;
import java.util.Set;
import java.util.UUID;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.PATCH;
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

/** Built-in roles (by name: {@code /roles/Admin}) and custom roles (by id). */
@Component(service = RolesResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PlatinaApi.APPLICATION_SELECT)
@Path("v1/roles")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class RolesResource {

    public record RoleRequest(String name, String description, Set<String> permissions) {
    }

    private final RoleService roles;

    @Activate
    public RolesResource(@Reference RoleService roles) {
        this.roles = roles;
    }

    @GET
    public Views.ListView<Views.RoleView> list(@Context SecurityContext security) {
        return new Views.ListView<>(roles.list(CallerPrincipal.callerOf(security)).stream().map(Views.RoleView::of)
                .toList(), null);
    }

    @POST
    @ResponseSchema(Views.RoleView.class)
    public Response create(RoleRequest request, @Context SecurityContext security) {
        if (request == null) {
            throw InvalidInputException.of("body", "send name and permissions");
        }
        Role role = roles.create(CallerPrincipal.callerOf(security), new RoleDraft(request.name(),
                request.description(), request.permissions()));
        return Response.created(URI.create(PlatinaApi.BASE_PATH + "/v1/roles/" + role.id()))
                .tag(ETags.of(role.version())).entity(Views.RoleView.of(role)).build();
    }

    @GET
    @Path("{id}")
    @ResponseSchema(Views.RoleView.class)
    public Response get(@PathParam("id") String id, @Context SecurityContext security) {
        Caller caller = CallerPrincipal.callerOf(security);
        if (BuiltInRole.named(id).isPresent()) {
            return Response.ok(Views.RoleView.of(roles.list(caller).stream()
                    .filter(r -> r.builtIn() && r.name().equalsIgnoreCase(id)).findFirst()
                    .orElseThrow(() -> new NotFoundException("Role " + id)))).build();
        }
        Role role = roles.get(caller, Ids.parse(id, "role"));
        return Response.ok(Views.RoleView.of(role)).tag(ETags.of(role.version())).build();
    }

    @PATCH
    @Path("{id}")
    @ResponseSchema(Views.RoleView.class)
    public Response update(@PathParam("id") String id, RoleRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Context SecurityContext security) {
        refuseBuiltIn(id);
        if (request == null) {
            throw InvalidInputException.of("body", "send the fields to change");
        }
        Caller caller = CallerPrincipal.callerOf(security);
        UUID roleId = Ids.parse(id, "role");
        long expected = ETags.expectedVersion(ifMatch, () -> roles.get(caller, roleId).version());
        Role role = roles.update(caller, roleId, new RoleDraft(request.name(), request.description(),
                request.permissions()), expected);
        return Response.ok(Views.RoleView.of(role)).tag(ETags.of(role.version())).build();
    }

    @DELETE
    @Path("{id}")
    public void delete(@PathParam("id") String id, @Context SecurityContext security) {
        refuseBuiltIn(id);
        roles.delete(CallerPrincipal.callerOf(security), Ids.parse(id, "role"));
    }

    private static void refuseBuiltIn(String id) {
        if (BuiltInRole.named(id).isPresent()) {
            throw new ConflictException("'" + id + "' is a built-in role and cannot be changed. Create a custom role"
                    + " instead.");
        }
    }
}
