package dev.platina.marketplace.rest.internal;

import dev.platina.core.api.InvalidInputException;
import dev.platina.core.api.NotFoundException;
import dev.platina.identity.rest.RequestCallers;
import dev.platina.marketplace.api.Installation;
import dev.platina.marketplace.api.Marketplace;
import dev.platina.marketplace.api.SkillEnablements;
import dev.platina.marketplace.api.SkillEnablements.EnabledSkill;
import dev.platina.rest.PlatinaApi;
import dev.platina.rest.ResponseSchema;
import java.net.URI;
import java.util.UUID;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * The catalogue (any signed-in user), installations, rollback and removal (the operator), and enablement for the
 * caller's organisation (its admins).
 */
@Component(service = MarketplaceResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PlatinaApi.APPLICATION_SELECT)
@Path("v1/marketplace")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class MarketplaceResource {

    private final Marketplace marketplace;
    private final SkillEnablements enablements;

    @Activate
    public MarketplaceResource(@Reference Marketplace marketplace, @Reference SkillEnablements enablements) {
        this.marketplace = marketplace;
        this.enablements = enablements;
    }

    @GET
    @Path("catalog")
    public MarketplaceViews.CatalogView catalog(@QueryParam("query") String query, @Context SecurityContext security) {
        var items = marketplace.catalog(RequestCallers.of(security), query).stream()
                .map(MarketplaceViews.SkillView::of).toList();
        return new MarketplaceViews.CatalogView(items, null,
                marketplace.repositoryProblems(RequestCallers.of(security)));
    }

    @POST
    @Path("installations")
    @ResponseSchema(MarketplaceViews.InstallationView.class)
    public Response install(MarketplaceViews.InstallRequest request, @Context SecurityContext security) {
        if (request == null || request.skillId() == null || request.skillId().isBlank()) {
            throw InvalidInputException.of("skillId", "name the skill to install, e.g. \"teamclock\"");
        }
        return accepted(marketplace.install(RequestCallers.of(security), request.skillId().trim(), request.version()));
    }

    @GET
    @Path("installations/{id}")
    public MarketplaceViews.InstallationView installation(@PathParam("id") String id,
            @Context SecurityContext security) {
        return marketplace.installation(RequestCallers.of(security), uuid(id)).map(MarketplaceViews.InstallationView::of)
                .orElseThrow(() -> new NotFoundException("The installation " + id));
    }

    @GET
    @Path("skills")
    public MarketplaceViews.ListView<MarketplaceViews.InstalledView> installed(@Context SecurityContext security) {
        return new MarketplaceViews.ListView<>(marketplace.installed(RequestCallers.of(security)).stream()
                .map(MarketplaceViews.InstalledView::of).toList(), null);
    }

    @POST
    @Path("skills/{skillId}/rollback")
    @ResponseSchema(MarketplaceViews.InstallationView.class)
    public Response rollback(@PathParam("skillId") String skillId, @Context SecurityContext security) {
        return accepted(marketplace.rollback(RequestCallers.of(security), skillId));
    }

    @DELETE
    @Path("skills/{skillId}")
    public Response uninstall(@PathParam("skillId") String skillId, @QueryParam("force") boolean force,
            @Context SecurityContext security) {
        marketplace.uninstall(RequestCallers.of(security), skillId, force);
        return Response.noContent().build();
    }

    @PUT
    @Path("skills/{skillId}/enablement")
    public MarketplaceViews.EnablementView enable(@PathParam("skillId") String skillId,
            MarketplaceViews.EnableRequest request, @Context SecurityContext security) {
        EnabledSkill enabled = enablements.enable(RequestCallers.of(security), skillId,
                request == null ? null : request.permissions());
        return new MarketplaceViews.EnablementView(enabled.skillId(), true, enabled.grantedPermissions());
    }

    @DELETE
    @Path("skills/{skillId}/enablement")
    public Response disable(@PathParam("skillId") String skillId, @Context SecurityContext security) {
        enablements.disable(RequestCallers.of(security), skillId);
        return Response.noContent().build();
    }

    private static Response accepted(Installation installation) {
        return Response.accepted(MarketplaceViews.InstallationView.of(installation))
                .location(URI.create(PlatinaApi.BASE_PATH + "/v1/marketplace/installations/" + installation.id()))
                .build();
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("The installation " + id);
        }
    }
}
