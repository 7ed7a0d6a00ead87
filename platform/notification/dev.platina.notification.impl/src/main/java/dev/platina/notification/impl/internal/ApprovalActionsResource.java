package dev.platina.notification.impl.internal;

import dev.platina.core.api.InvalidInputException;
import dev.platina.rest.Ids;
import dev.platina.rest.PlatinaApi;
import dev.platina.workflow.api.Approval;
import java.util.Optional;
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
 * the authority. An invalid or expired token answers 401; a task decided meanwhile 409 with who decided it (or that it
 * expired or was withdrawn) and that this decision was not applied.
 */
@Component(service = ApprovalActionsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PlatinaApi.APPLICATION_SELECT)
@Path("v1/approval-actions")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class ApprovalActionsResource {

    /** The button's token, and a comment for the decision (the app's offline queue sends the approver's). */
    public record ActionBody(String token, String comment) {
    }

    /** What became of the task. */
    public record ActionResult(String id, String state, String message) {
    }

    static final int MAX_COMMENT = 2000;

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
        if (body.comment() != null && body.comment().length() > MAX_COMMENT) {
            throw InvalidInputException.of("comment", "at most " + MAX_COMMENT + " characters");
        }
        Approval approval = actions.act(Ids.parse(id, "approval"), body.token(), Optional.ofNullable(body.comment())
                .map(String::strip).filter(c -> !c.isEmpty()));
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
