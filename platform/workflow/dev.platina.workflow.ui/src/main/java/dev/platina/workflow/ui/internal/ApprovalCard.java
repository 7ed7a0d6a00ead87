package dev.platina.workflow.ui.internal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
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
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * One task in the inbox: what is proposed in plain words (with fields where the approver may change it), a comment,
 * and Approve / Reject. Full width on a phone; buttons wrap.
 */
final class ApprovalCard extends Div {

    private static final long serialVersionUID = 1L;
    /** What an AI proposal shows in its own block: the action as proposed, its draft and its parameters. */
    private static final Set<String> SHOWN_WITH_THE_AI_LINE = Set.of(AiProposal.ACTION, AiProposal.DRAFT,
            AiProposal.PARAMETERS);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withZone(ZoneId.systemDefault());

    private final Approval approval;
    private final Map<String, TextField> fields = new LinkedHashMap<>();
    private final TextArea comment = new TextArea("Comment (optional)");
    private final Paragraph problem = new Paragraph();
    private final Map<String, TextField> parameterFields = new LinkedHashMap<>();
    private AiProposal ai;
    private TextArea draft;

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
        ai = AiProposal.of(approval.proposal()).orElse(null);
        if (ai != null) {
            addAiProposal(id);
        }
        approval.proposal().forEach((name, value) -> {
            if (ai != null && (AiProposal.ABOUT.contains(name) || SHOWN_WITH_THE_AI_LINE.contains(name))) {
                return;
            }
            if (approval.editable() && ProposalEdits.editable(value)) {
                TextField field = new TextField(name);
                field.setId(id + "-edit-" + name);
                field.setValue(ProposalEdits.text(value));
                field.getElement().setAttribute("data-original", ProposalEdits.text(value));
                field.setWidthFull();
                fields.put(name, field);
                add(field);
            } else {
                add(line(ProposalEdits.describe(name, value)));
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
        comment.getElement().setAttribute("data-offline-comment", "");
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

    /**
     * What the approver changed, as edits of the proposal: text and numbers typed into its fields and, for an AI
     * proposal, the draft and the parameters (an edited draft also replaces the parameters that repeated it, so
     * what is performed is what the approver read).
     *
     * @throws IllegalArgumentException naming the parameter when a number field holds something else
     */
    Map<String, Object> edits() {
        var typed = new LinkedHashMap<String, String>();
        fields.forEach((name, field) -> typed.put(name, field.getValue()));
        var edits = new LinkedHashMap<>(ProposalEdits.changed(approval.proposal(), typed));
        if (ai != null) {
            String typedDraft = draft == null ? null : draft.getValue();
            if (typedDraft != null && !typedDraft.equals(ai.draft())) {
                edits.put(AiProposal.DRAFT, typedDraft);
            }
            var typedParameters = new LinkedHashMap<String, String>();
            parameterFields.forEach((name, field) -> typedParameters.put(name, field.getValue()));
            ai.editedParameters(typedDraft, typedParameters).ifPresent(p -> edits.put(AiProposal.PARAMETERS, p));
        }
        return edits;
    }

    /**
     * Who proposed it and how sure, why, the action, the draft as readable text (editable where the policy allows)
     * and the parameters that do not merely repeat the draft.
     */
    private void addAiProposal(String id) {
        Span headline = new Span(ai.headline());
        headline.setId(id + "-ai");
        headline.getStyle().set("font-weight", "600");
        Div line = new Div(headline);
        line.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)")
                .set("align-items", "baseline");
        if (ai.lowConfidence()) {
            Span low = new Span("Low confidence: check it carefully");
            low.setId(id + "-low-confidence");
            low.getStyle().set("color", "var(--lumo-error-text-color)").set("background",
                    "var(--lumo-error-color-10pct)").set("border-radius", "var(--lumo-border-radius-s)")
                    .set("padding", "0 var(--lumo-space-xs)").set("font-size", "var(--lumo-font-size-s)");
            line.add(low);
        }
        add(line);
        if (!ai.rationale().isBlank()) {
            Paragraph rationale = line(ai.rationale());
            rationale.setId(id + "-rationale");
            rationale.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size",
                    "var(--lumo-font-size-s)");
            add(rationale);
        }
        Object action = approval.proposal().getOrDefault("proposed", approval.proposal().get(AiProposal.ACTION));
        if (action != null) {
            add(line(ProposalEdits.describe("Action", action)));
        }
        if (!ai.draft().isEmpty()) {
            if (approval.editable()) {
                draft = new TextArea("Draft");
                draft.setId(id + "-edit-" + AiProposal.DRAFT);
                draft.setValue(ai.draft());
                // The page's offline queue refuses to send an approval whose fields differ from these.
                draft.getElement().setAttribute("data-original", ai.draft());
                draft.setWidthFull();
                add(draft);
            } else {
                Paragraph text = line(ai.draft());
                text.setId(id + "-draft");
                text.getStyle().set("border-left", "3px solid var(--lumo-contrast-20pct)").set("padding-left",
                        "var(--lumo-space-s)");
                add(line("Draft:"), text);
            }
        }
        ai.parameters().forEach((name, value) -> {
            if (ai.followsDraft(name)) {
                return;
            }
            if (approval.editable() && ProposalEdits.editable(value)) {
                TextField field = new TextField(name);
                field.setId(id + "-edit-" + AiProposal.PARAMETERS + "-" + name);
                field.setValue(ProposalEdits.text(value));
                field.getElement().setAttribute("data-original", ProposalEdits.text(value));
                field.setWidthFull();
                parameterFields.put(name, field);
                add(field);
            } else {
                add(line(ProposalEdits.describe(name, value)));
            }
        });
    }

    private static Paragraph line(String text) {
        Paragraph line = new Paragraph(text);
        line.getStyle().set("margin", "var(--lumo-space-xs) 0").set("white-space", "pre-wrap").set("overflow-wrap",
                "anywhere");
        return line;
    }

    String comment() {
        return comment.getValue();
    }

    void showProblem(String text) {
        problem.setText(text);
    }
}
