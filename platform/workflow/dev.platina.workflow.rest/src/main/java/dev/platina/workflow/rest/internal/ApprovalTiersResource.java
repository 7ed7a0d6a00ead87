package dev.platina.workflow.rest.internal;

import dev.platina.core.api.InvalidInputException;
import dev.platina.identity.rest.RequestCallers;
import dev.platina.rest.PlatinaApi;
import dev.platina.workflow.api.ApprovalTier;
import dev.platina.workflow.api.ApprovalService;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
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

/**
 * The organisation's approval tiers: {@code {"tiers": [{"above": 100, "role": "Manager"}, {"above": 1000, "role":
 * "Admin"}]}} makes approvals whose amount is above 100 need a Manager (or an Admin), above 1,000 an Admin. Reading
 * needs {@code approvals:read}, replacing {@code settings:write}.
 */
@Component(service = ApprovalTiersResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PlatinaApi.APPLICATION_SELECT)
@Path("v1/approval-tiers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class ApprovalTiersResource {

    /** One tier. */
    public record TierView(BigDecimal above, String role) {
    }

    /** Every tier of the organisation, lowest amount first. */
    public record TiersView(List<TierView> tiers) {
    }

    private final ApprovalService approvals;

    @Activate
    public ApprovalTiersResource(@Reference ApprovalService approvals) {
        this.approvals = approvals;
    }

    @GET
    public TiersView get(@Context SecurityContext security) {
        return view(approvals.tiers(RequestCallers.of(security)));
    }

    @PUT
    public TiersView replace(TiersView body, @Context SecurityContext security) {
        if (body == null || body.tiers() == null) {
            throw InvalidInputException.of("tiers", "send the list of tiers, e.g. [{\"above\": 100, \"role\":"
                    + " \"Manager\"}]; an empty list removes them");
        }
        var tiers = new ArrayList<ApprovalTier>();
        for (int i = 0; i < body.tiers().size(); i++) {
            TierView tier = body.tiers().get(i);
            if (tier == null || tier.above() == null) {
                throw InvalidInputException.of("tiers[" + i + "].above", "give the amount the tier starts above");
            }
            if (tier.role() == null || tier.role().isBlank()) {
                throw InvalidInputException.of("tiers[" + i + "].role", "name the role that decides above it");
            }
            tiers.add(new ApprovalTier(tier.above(), tier.role().trim()));
        }
        return view(approvals.replaceTiers(RequestCallers.of(security), tiers));
    }

    private static TiersView view(List<ApprovalTier> tiers) {
        return new TiersView(tiers.stream().map(tier -> new TierView(tier.above(), tier.role())).toList());
    }
}
