package dev.platina.workflow.rest.internal;

import dev.platina.core.api.InvalidInputException;
import dev.platina.identity.api.Page;
import dev.platina.identity.rest.RequestCallers;
import dev.platina.rest.Ids;
import dev.platina.rest.PlatinaApi;
import dev.platina.rest.ResponseSchema;
import dev.platina.workflow.api.Approval;
import dev.platina.workflow.api.ApprovalDecision;
import dev.platina.workflow.api.ApprovalService;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * Approval tasks: the inbox ({@code ?state=PENDING}, the default, lists what the caller may decide), one task, and
 * decisions. A decision that settles the task moves its run on before the answer is sent.
 */
@Component(service = ApprovalsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PlatinaApi.APPLICATION_SELECT)
@Path("v1/approvals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class ApprovalsResource {

    /** An approval task as the API shows it. */
    public record ApprovalView(String id, String runId, String workflowId, String node, String title,
            Map<String, Object> proposal, String state, boolean editable, int approvalsNeeded, int approvalsGiven,
            String requiredRole, String createdAt, String expiresAt, boolean escalated, String decidedAt,
            List<DecisionView> decisions) {

        static ApprovalView of(Approval approval) {
            return new ApprovalView(approval.id().toString(), approval.runId().toString(),
                    approval.workflowId().toString(), approval.nodeId(), approval.title(), approval.proposal(),
                    approval.state().name(), approval.editable(), approval.approvalsNeeded(),
                    (int) approval.decisions().stream().filter(d -> d.verdict() == Approval.Verdict.APPROVE).count(),
                    approval.requiredRole().orElse(null), approval.createdAt().toString(),
                    approval.expiresAt().map(Object::toString).orElse(null), approval.escalated(),
                    approval.decidedAt().map(Object::toString).orElse(null),
                    approval.decisions().stream().map(DecisionView::of).toList());
        }
    }

    /** One person's decision. */
    public record DecisionView(String by, String decision, String comment, Map<String, Object> edits, String at) {

        static DecisionView of(Approval.Decision decision) {
            return new DecisionView(decision.username(), decision.verdict().name(), decision.comment().orElse(null),
                    decision.edits().isEmpty() ? null : decision.edits(), decision.decidedAt().toString());
        }
    }

    /** The body of a decision. */
    public record DecisionBody(String decision, String comment, Map<String, Object> edits) {
    }

    private final ApprovalService approvals;

    @Activate
    public ApprovalsResource(@Reference ApprovalService approvals) {
        this.approvals = approvals;
    }

    @GET
    public WorkflowsResource.Page<ApprovalView> list(@QueryParam("state") String state,
            @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor,
            @Context SecurityContext security) {
        Page<Approval> page = approvals.list(RequestCallers.of(security), state(state), limit == null ? 50 : limit,
                cursor);
        return new WorkflowsResource.Page<>(page.items().stream().map(ApprovalView::of).toList(), page.nextCursor());
    }

    @GET
    @Path("{id}")
    @ResponseSchema(ApprovalView.class)
    public ApprovalView get(@PathParam("id") String id, @Context SecurityContext security) {
        return ApprovalView.of(approvals.get(RequestCallers.of(security), Ids.parse(id, "approval")));
    }

    @POST
    @Path("{id}/decision")
    @ResponseSchema(ApprovalView.class)
    public ApprovalView decide(@PathParam("id") String id, DecisionBody body, @Context SecurityContext security) {
        if (body == null || body.decision() == null) {
            throw InvalidInputException.of("decision", "say APPROVE or REJECT");
        }
        Approval.Verdict verdict;
        try {
            verdict = Approval.Verdict.valueOf(body.decision().trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("decision", "must be APPROVE or REJECT, not '" + body.decision() + "'");
        }
        return ApprovalView.of(approvals.decide(RequestCallers.of(security), Ids.parse(id, "approval"),
                new ApprovalDecision(verdict, Optional.ofNullable(body.comment()).filter(c -> !c.isBlank()),
                        body.edits())));
    }

    private static Approval.State state(String text) {
        if (text == null || text.isBlank()) {
            return Approval.State.PENDING;
        }
        try {
            return Approval.State.valueOf(text.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("state", "must be one of " + Arrays.toString(Approval.State.values()));
        }
    }
}
