package dev.platina.identity.rest.internal;

import dev.platina.core.api.InvalidInputException;
import dev.platina.identity.api.Caller;
import dev.platina.identity.api.NewOrganization;
import dev.platina.identity.api.NewUser;
import dev.platina.identity.api.Organization;
import dev.platina.identity.api.OrganizationChanges;
import dev.platina.identity.api.OrganizationService;
import dev.platina.rest.ETags;
import dev.platina.rest.Ids;
import dev.platina.rest.PlatinaApi;
import dev.platina.rest.ResponseSchema;
import java.net.URI;
import java.util.Locale;
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

/** The organisations below the caller's: resellers and tenants. */
@Component(service = OrganizationsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PlatinaApi.APPLICATION_SELECT)
@Path("v1/organizations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class OrganizationsResource {

    public record AdminAccount(String username, String password, String email, String displayName) {
        @Override
        public String toString() {
            return "AdminAccount[username=" + username + "]";
        }
    }

    /** {@code kind} is {@code reseller} or {@code tenant}. */
    public record CreateOrganization(String slug, String name, String kind, Views.LimitsView limits,
            Boolean totpRequired, AdminAccount admin) {
    }

    /** {@code status} is {@code active} or {@code suspended}. */
    public record PatchOrganization(String name, String status, Views.LimitsView limits, Boolean totpRequired) {
    }

    private final OrganizationService organizations;

    @Activate
    public OrganizationsResource(@Reference OrganizationService organizations) {
        this.organizations = organizations;
    }

    @GET
    public Views.ListView<Views.OrganizationView> list(@Context SecurityContext security) {
        return new Views.ListView<>(organizations.listBelow(CallerPrincipal.callerOf(security)).stream()
                .map(Views.OrganizationView::of).toList(), null);
    }

    @POST
    @ResponseSchema(Views.OrganizationView.class)
    public Response create(CreateOrganization request, @Context SecurityContext security) {
        if (request == null) {
            throw InvalidInputException.of("body", "send slug, name, kind and admin");
        }
        AdminAccount admin = request.admin();
        Organization created = organizations.create(CallerPrincipal.callerOf(security), new NewOrganization(
                request.slug(), request.name(), kind(request.kind()),
                request.limits() == null ? null : request.limits().toLimits(),
                Boolean.TRUE.equals(request.totpRequired()),
                admin == null ? null : new NewUser(admin.username(), admin.displayName(), admin.email(),
                        admin.password(), null)));
        return Response.created(URI.create(PlatinaApi.BASE_PATH + "/v1/organizations/" + created.id()))
                .tag(ETags.of(created.version())).entity(Views.OrganizationView.of(created)).build();
    }

    @GET
    @Path("{id}")
    @ResponseSchema(Views.OrganizationView.class)
    public Response get(@PathParam("id") String id, @Context SecurityContext security) {
        Organization organization = organizations.get(CallerPrincipal.callerOf(security), Ids.parse(id,
                "organisation"));
        return Response.ok(Views.OrganizationView.of(organization)).tag(ETags.of(organization.version())).build();
    }

    @PATCH
    @Path("{id}")
    @ResponseSchema(Views.OrganizationView.class)
    public Response update(@PathParam("id") String id, PatchOrganization patch,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Context SecurityContext security) {
        if (patch == null) {
            throw InvalidInputException.of("body", "send the fields to change");
        }
        Caller caller = CallerPrincipal.callerOf(security);
        UUID organizationId = Ids.parse(id, "organisation");
        long expected = ETags.expectedVersion(ifMatch, () -> organizations.get(caller, organizationId).version());
        Organization updated = organizations.update(caller, organizationId, new OrganizationChanges(patch.name(),
                status(patch.status()), patch.limits() == null ? null : patch.limits().toLimits(),
                patch.totpRequired()), expected);
        return Response.ok(Views.OrganizationView.of(updated)).tag(ETags.of(updated.version())).build();
    }

    @DELETE
    @Path("{id}")
    public void delete(@PathParam("id") String id, @Context SecurityContext security) {
        organizations.delete(CallerPrincipal.callerOf(security), Ids.parse(id, "organisation"));
    }

    private static Organization.Kind kind(String value) {
        if (value == null) {
            return Organization.Kind.TENANT;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "reseller" -> Organization.Kind.RESELLER;
            case "tenant" -> Organization.Kind.TENANT;
            default -> throw InvalidInputException.of("kind", "is 'reseller' or 'tenant'");
        };
    }

    private static Organization.Status status(String value) {
        if (value == null) {
            return null;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "active" -> Organization.Status.ACTIVE;
            case "suspended" -> Organization.Status.SUSPENDED;
            default -> throw InvalidInputException.of("status", "is 'active' or 'suspended'");
        };
    }
}
