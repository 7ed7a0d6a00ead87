package dev.platina.workflow.ui.internal;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import dev.platina.core.api.AccessDeniedException;
import dev.platina.core.api.ConflictException;
import dev.platina.core.api.InvalidInputException;
import dev.platina.core.api.NotFoundException;
import dev.platina.identity.api.Caller;
import dev.platina.ui.api.UiSession;
import dev.platina.workflow.api.Approval;
import dev.platina.workflow.api.ApprovalDecision;
import dev.platina.workflow.api.ApprovalService;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The approval inbox: the tasks the signed-in person may decide, oldest first (the one a notification points to,
 * {@code ?task=<id>}, on top). A decision moves the run on at once; a task decided meanwhile says so.
 */
@PageTitle("Approvals")
public final class ApprovalInboxView extends VerticalLayout implements BeforeEnterObserver {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 50;

    private final Paragraph empty = new Paragraph("Nothing waits for your decision.");
    private final Paragraph failure = new Paragraph();
    private final Div list = new Div();
    private final Div offlineOutcomes = new Div();
    private Caller caller;
    private Optional<String> focus = Optional.empty();

    public ApprovalInboxView() {
        setId("approval-inbox");
        setMaxWidth("48em");
        empty.setId("approval-inbox-empty");
        failure.setId("approval-inbox-failure");
        failure.getStyle().set("color", "var(--lumo-error-text-color)");
        list.setId("approval-inbox-list");
        list.setWidthFull();
        // Filled by the page's offline queue (offline-decisions.js) with what became of decisions sent late.
        offlineOutcomes.setId("approval-offline-outcomes");
        add(new H2("Approvals"), failure, offlineOutcomes, empty, list);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        attachEvent.getUI().getPage().executeJs(OfflineDecisions.SCRIPT, getElement());
    }

    /** The page sent decisions queued while offline: show the list as it is now. */
    @ClientCallable
    void offlineDecisionsSent() {
        refresh();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        caller = UiSession.caller().orElse(null);
        focus = event.getLocation().getQueryParameters().getParameters().getOrDefault("task", List.of()).stream()
                .findFirst();
        refresh();
    }

    private void refresh() {
        if (caller == null) {
            return;
        }
        List<Approval> pending;
        try {
            pending = new ArrayList<>(Services.borrow(ApprovalService.class,
                    approvals -> approvals.list(caller, Approval.State.PENDING, SHOWN, null).items()));
            failure.setText("");
        } catch (RuntimeException e) {
            failure.setText(e.getMessage());
            return;
        }
        focus.ifPresent(id -> pending.sort(Comparator.comparing(a -> !a.id().toString().equals(id))));
        list.removeAll();
        pending.forEach(approval -> list.add(new ApprovalCard(approval, OfflineDecisions.actions(caller,
                approval.id()), this::decide)));
        empty.setVisible(pending.isEmpty());
    }

    private void decide(ApprovalCard card, Approval.Verdict verdict) {
        Map<String, Object> edits;
        try {
            edits = verdict == Approval.Verdict.APPROVE ? card.edits() : Map.of();
        } catch (IllegalArgumentException e) {
            card.showProblem(e.getMessage());
            return;
        }
        String comment = card.comment().isBlank() ? null : card.comment().trim();
        try {
            Approval decided = Services.borrow(ApprovalService.class, approvals -> approvals.decide(caller,
                    card.approval().id(), new ApprovalDecision(verdict, Optional.ofNullable(comment), edits)));
            Notification.show(outcome(decided), 4000, Notification.Position.BOTTOM_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh();
        } catch (ConflictException | NotFoundException e) {
            Notification.show("This task was decided or withdrawn meanwhile: " + e.getMessage(), 6000,
                    Notification.Position.BOTTOM_CENTER).addThemeVariants(NotificationVariant.LUMO_CONTRAST);
            refresh();
        } catch (InvalidInputException | AccessDeniedException | Services.Unavailable e) {
            card.showProblem(e.getMessage());
        }
    }

    private static String outcome(Approval decided) {
        return switch (decided.state()) {
            case APPROVED -> "Approved: " + decided.title();
            case REJECTED -> "Rejected: " + decided.title();
            default -> "Your approval is recorded; it waits for others too.";
        };
    }
}
