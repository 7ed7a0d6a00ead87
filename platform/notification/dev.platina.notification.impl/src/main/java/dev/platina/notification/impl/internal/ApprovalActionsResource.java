package dev.platina.notification.impl.internal;

import dev.platina.core.api.InvalidInputException;
import dev.platina.rest.Ids;
import dev.platina.rest.PlatinaApi;
import dev.platina.workflow.api.Approval;
import javax.annotation.security.PermitAll;
import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * The Approve and Reject buttons of a notification: {@code POST /v1/approval-actions/{id}} with
 * {@code {"token": "..."}} from the button; no bearer token (a phone's lock screen has none), the signed token is
 * the authority. An invalid or expired token answers 401; a task decided meanwhile 409.
 */
@Component(service = ApprovalActionsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PlatinaApi.APPLICATION_SELECT)
@Path("v1/approval-actions")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class ApprovalActionsResource {

    /** The button's token. */
    public record ActionBody(String token) {
    }

    /** What became of the task. */
    public record ActionResult(String id, String state, String message) {
    }

    private final ApprovalActions actions;

    @Activate
    public ApprovalActionsResource(@Reference ApprovalActions actions) {
        this.actions = actions;
    }

    @POST
    @Path("{id}")
    public ActionResult act(@PathParam("id") String id, ActionBody body) {
        if (body == null || body.token() == null || body.token().isBlank()) {
            throw InvalidInputException.of("token", "send the token of the notification's button");
        }
        Approval approval = actions.act(Ids.parse(id, "approval"), body.token());
        String message = switch (approval.state()) {
            case APPROVED -> "Approved";
            case REJECTED -> "Rejected";
            default -> "Your approval is recorded; it waits for " + (approval.approvalsNeeded()
                    - approval.decisions().stream().filter(d -> d.verdict() == Approval.Verdict.APPROVE).count())
                    + " more";
        };
        return new ActionResult(approval.id().toString(), approval.state().name(), message);
    }
}
