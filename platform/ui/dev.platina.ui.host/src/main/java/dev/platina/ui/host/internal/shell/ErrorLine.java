package dev.platina.ui.host.internal.shell;

import com.vaadin.flow.component.html.Div;

/** The line under a form that says what went wrong and what to do; screen readers announce it. */
public final class ErrorLine extends Div {

    private static final long serialVersionUID = 1L;

    public ErrorLine() {
        getElement().setAttribute("role", "alert");
        getStyle().set("color", "var(--lumo-error-text-color)");
    }

    /** Shows the user-facing message for a failure. */
    public void show(Throwable failure) {
        setText(FriendlyErrors.messageFor(failure));
    }
}
