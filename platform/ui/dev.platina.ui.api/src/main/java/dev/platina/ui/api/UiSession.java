package dev.platina.ui.api;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import dev.platina.identity.api.Caller;
import java.util.Optional;

/** Who is signed in to the current UI session, for views that call platform services on the user's behalf. */
public final class UiSession {

    private UiSession() {
    }

    /**
     * The caller as checked at the latest navigation, with the roles and permissions the user holds now; empty
     * outside a UI request or before sign-in. In a skill's view it is narrowed to the permissions the user's
     * organisation granted the skill, so the platform services it is handed to refuse anything beyond that.
     */
    public static Optional<Caller> caller() {
        UI ui = UI.getCurrent();
        Caller narrowed = ui == null ? null : ComponentUtil.getData(ui, Caller.class);
        if (narrowed != null) {
            return Optional.of(narrowed);
        }
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? Optional.empty() : Optional.ofNullable(session.getAttribute(Caller.class));
    }
}
