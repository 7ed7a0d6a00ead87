package dev.platina.ai.ui.internal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import dev.platina.ai.api.AiMemory;
import dev.platina.identity.api.Caller;

/**
 * The signed-in person's own choice whether the AI learns from their decisions. Turning it off is confirmed first,
 * since it deletes what their decisions taught; the section says how much was deleted.
 */
final class LearningSection extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final Caller caller;
    private final Checkbox learning = new Checkbox("Learn from my decisions");
    private final Paragraph status = new Paragraph();

    LearningSection(Caller caller) {
        this.caller = caller;
        setPadding(false);
        setId("ai-learning-section");
        add(new H3("My AI learning"));
        if (caller.userId() == null) {
            add(new Paragraph("Learning choices belong to a person; sign in with your own account to make yours."));
            return;
        }
        if (!Services.present(AiMemory.class)) {
            Paragraph absent = new Paragraph("Learning from decisions is not installed on this platform, so nothing"
                    + " is learnt from your decisions.");
            absent.setId("ai-learning-absent");
            add(absent);
            return;
        }
        add(new Paragraph("When you approve, edit or reject an AI proposal, your decision teaches your"
                + " organisation's AI: it is stored with personal data masked and your name replaced by a pseudonym,"
                + " and it shapes the next proposals. Turn this off and nothing more is stored from your decisions."));
        learning.setId("ai-learning");
        status.setId("ai-learning-status");
        status.getElement().setAttribute("role", "status");
        add(learning, status);
        try {
            boolean on = Services.borrow(AiMemory.class, memory -> memory.learnsFrom(caller));
            learning.setValue(on);
            if (!on) {
                status.setText("Off: nothing is stored from your decisions.");
            }
        } catch (RuntimeException e) {
            learning.setEnabled(false);
            status.setText("Your choice cannot be shown now: " + e.getMessage());
            return;
        }
        learning.addValueChangeListener(change -> {
            if (!change.isFromClient()) {
                return;
            }
            if (change.getValue()) {
                turnOn();
            } else {
                confirmTurningOff();
            }
        });
    }

    private void turnOn() {
        try {
            Services.borrow(AiMemory.class, memory -> memory.setLearning(caller, true));
            status.setText("The AI learns from your decisions again. Cases deleted earlier do not come back.");
        } catch (RuntimeException e) {
            learning.setValue(false);
            status.setText("Learning is still off: " + e.getMessage());
        }
    }

    private void confirmTurningOff() {
        Dialog dialog = new Dialog();
        dialog.setId("ai-learning-confirm-dialog");
        dialog.setHeaderTitle("Stop learning from your decisions?");
        dialog.add(new Paragraph("The cases your approvals, edits and rejections left in your organisation's AI"
                + " memory are deleted now, and what the AI learnt is rebuilt without them. Turning learning on"
                + " again later does not bring them back."));
        Button confirm = new Button("Turn off and delete", click -> {
            dialog.close();
            turnOff();
        });
        confirm.setId("ai-learning-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button cancel = new Button("Keep learning", click -> {
            dialog.close();
            learning.setValue(true);
        });
        cancel.setId("ai-learning-cancel");
        dialog.getFooter().add(cancel, confirm);
        dialog.setCloseOnOutsideClick(false);
        dialog.addDialogCloseActionListener(close -> {
            dialog.close();
            learning.setValue(true);
        });
        dialog.open();
    }

    private void turnOff() {
        try {
            int purged = Services.borrow(AiMemory.class, memory -> memory.setLearning(caller, false));
            status.setText("The AI no longer learns from your decisions. " + purgedText(purged));
        } catch (RuntimeException e) {
            learning.setValue(true);
            status.setText("Learning is still on: " + e.getMessage());
        }
    }

    /** How many stored cases opting out deleted, in a sentence. */
    static String purgedText(int purged) {
        return switch (purged) {
            case 0 -> "No stored cases came from your decisions, so none were deleted.";
            case 1 -> "1 stored case was deleted.";
            default -> purged + " stored cases were deleted.";
        };
    }
}
