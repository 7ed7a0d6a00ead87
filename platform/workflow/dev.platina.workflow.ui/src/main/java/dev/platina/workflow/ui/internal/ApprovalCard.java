package dev.platina.workflow.ui.internal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dev.platina.notification.api.NotificationAction;
import dev.platina.workflow.api.Approval;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * One task in the inbox: what is proposed in plain words (with fields where the approver may change it), a comment,
 * and Approve / Reject. Full width on a phone; buttons wrap.
 */
final class ApprovalCard extends Div {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withZone(ZoneId.systemDefault());

    private final Approval approval;
    private final Map<String, TextField> fields = new LinkedHashMap<>();
    private final TextArea comment = new TextArea("Comment (optional)");
    private final Paragraph problem = new Paragraph();

    /**
     * @param offline the person's one-time Approve and Reject actions for this task, which the page's offline queue
     *        sends once the connection is back; empty when notifications are not installed (then no offline queue)
     */
    ApprovalCard(Approval approval, List<NotificationAction> offline,
            BiConsumer<ApprovalCard, Approval.Verdict> decide) {
        this.approval = approval;
        String id = "approval-" + approval.id();
        setId(id);
        addClassName("approval-card");
        getElement().setAttribute("data-title", approval.title());
        getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-m)").set("margin-bottom", "var(--lumo-space-m)")
                .set("max-width", "40em").set("box-sizing", "border-box").set("width", "100%");
        add(new H3(approval.title()));
        approval.proposal().forEach((name, value) -> {
            if (approval.editable() && ProposalEdits.editable(value)) {
                TextField field = new TextField(name);
                field.setId(id + "-edit-" + name);
                field.setValue(ProposalEdits.text(value));
                field.getElement().setAttribute("data-original", ProposalEdits.text(value));
                field.setWidthFull();
                fields.put(name, field);
                add(field);
            } else {
                Paragraph line = new Paragraph(ProposalEdits.describe(name, value));
                line.getStyle().set("margin", "var(--lumo-space-xs) 0").set("white-space", "pre-wrap");
                add(line);
            }
        });
        if (approval.approvalsNeeded() > 1) {
            long given = approval.decisions().stream().filter(d -> d.verdict() == Approval.Verdict.APPROVE).count();
            add(new Paragraph("Needs " + approval.approvalsNeeded() + " approvals; " + given + " so far."));
        }
        approval.requiredRole().ifPresent(role -> add(new Paragraph("Your organisation asks a " + role
                + " to decide this amount.")));
        approval.expiresAt().ifPresent(at -> add(new Paragraph("Decide by " + WHEN.format(at)
                + (approval.escalated() ? " (escalated)" : "") + ".")));
        comment.setId(id + "-comment");
        comment.setWidthFull();
        comment.setMaxLength(2000);
        problem.setId(id + "-problem");
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        Button approve = new Button("Approve", click -> decide.accept(this, Approval.Verdict.APPROVE));
        approve.setId(id + "-approve");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        Button reject = new Button("Reject", click -> decide.accept(this, Approval.Verdict.REJECT));
        reject.setId(id + "-reject");
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        offline.forEach(action -> {
            Button button = action.id().equals("approve") ? approve : action.id().equals("reject") ? reject : null;
            if (button != null) {
                button.getElement().setAttribute("data-offline-url", action.url())
                        .setAttribute("data-offline-token", action.token())
                        .setAttribute("data-offline-verdict", action.id());
            }
        });
        Paragraph offlineStatus = new Paragraph();
        offlineStatus.setId(id + "-offline");
        offlineStatus.getElement().setAttribute("data-offline-status", "").setAttribute("role", "status");
        FlexLayout buttons = new FlexLayout(approve, reject);
        buttons.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        buttons.getStyle().set("gap", "var(--lumo-space-s)");
        add(comment, problem, offlineStatus, buttons);
    }

    Approval approval() {
        return approval;
    }

    /** The text in each field, by parameter. */
    Map<String, String> typed() {
        var typed = new LinkedHashMap<String, String>();
        fields.forEach((name, field) -> typed.put(name, field.getValue()));
        return typed;
    }

    String comment() {
        return comment.getValue();
    }

    void showProblem(String text) {
        problem.setText(text);
    }
}
