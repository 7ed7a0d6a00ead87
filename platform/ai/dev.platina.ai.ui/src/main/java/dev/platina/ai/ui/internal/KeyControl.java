package dev.platina.ai.ui.internal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import dev.platina.ai.ui.internal.SettingsDraft.KeyAction;

/**
 * The provider's API key, write-only: a stored key is only ever said to exist, with Replace and Remove; a new one is
 * typed into a password field that is emptied after every save, so the key is never in the page again.
 */
final class KeyControl extends Div {

    private static final long serialVersionUID = 1L;

    private final boolean editable;
    private PasswordField field = newField();
    private final Span state = new Span();
    private final Button replace = new Button("Replace", click -> choose(KeyAction.REPLACE));
    private final Button remove = new Button("Remove", click -> choose(KeyAction.REMOVE));
    private final Button keep = new Button("Keep the stored key", click -> choose(KeyAction.KEEP));
    private boolean stored;
    private KeyAction action = KeyAction.KEEP;

    KeyControl(boolean editable) {
        this.editable = editable;
        setId("ai-key-control");
        setWidthFull();
        state.setId("ai-key-state");
        replace.setId("ai-key-replace");
        remove.setId("ai-key-remove");
        keep.setId("ai-key-keep");
        for (Button button : new Button[] {replace, remove, keep}) {
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        }
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        FlexLayout line = new FlexLayout(state, replace, remove, keep);
        line.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        line.setAlignItems(FlexLayout.Alignment.BASELINE);
        line.getStyle().set("gap", "var(--lumo-space-s)");
        Span label = new Span("API key");
        label.addClassName("pl-ai-label");
        add(label, line, field);
    }

    /** Shows whether a key is stored now and forgets anything typed. */
    void reset(boolean keyStored) {
        stored = keyStored;
        forgetTyped();
        choose(KeyAction.KEEP);
    }

    private static PasswordField newField() {
        PasswordField field = new PasswordField();
        field.setId("ai-key");
        field.setWidthFull();
        field.setMaxLength(4000);
        field.getElement().setAttribute("autocomplete", "off");
        return field;
    }

    /**
     * Swaps the field for an empty one. Clearing is not enough: Vaadin stops updating an element once it is hidden,
     * so a cleared and hidden field would keep the typed key in the page.
     */
    private void forgetTyped() {
        PasswordField fresh = newField();
        var element = getElement();
        element.insertChild(element.indexOfChild(field.getElement()), fresh.getElement());
        remove(field);
        field = fresh;
    }

    /** What saving does with the stored key. */
    KeyAction action() {
        if (!stored) {
            return field.getValue().isBlank() ? KeyAction.KEEP : KeyAction.REPLACE;
        }
        return action;
    }

    String typed() {
        return field.getValue();
    }

    void showError(String message) {
        field.setInvalid(message != null);
        field.setErrorMessage(message);
    }

    private void choose(KeyAction chosen) {
        action = chosen;
        if (chosen != KeyAction.REPLACE && !field.isEmpty()) {
            forgetTyped();
        }
        showError(null);
        boolean typing = editable && (!stored || chosen == KeyAction.REPLACE);
        field.setVisible(typing);
        // The "API key" label above serves as the field's visible label.
        field.setAriaLabel(stored ? "New API key" : "API key");
        field.setHelperText(stored ? "Replaces the stored key when you save. It is stored encrypted and never"
                + " shown again." : "Stored encrypted and never shown again. A local server (e.g. Ollama) may need"
                + " none.");
        state.setText(!stored ? (editable ? "" : "No key is stored.")
                : chosen == KeyAction.REMOVE ? "The stored key will be removed when you save."
                : chosen == KeyAction.REPLACE ? "A key is stored; type the new one below." : "A key is stored.");
        state.setVisible(!state.getText().isEmpty());
        replace.setVisible(editable && stored && chosen == KeyAction.KEEP);
        remove.setVisible(editable && stored && chosen == KeyAction.KEEP);
        keep.setVisible(editable && stored && chosen != KeyAction.KEEP);
    }
}
