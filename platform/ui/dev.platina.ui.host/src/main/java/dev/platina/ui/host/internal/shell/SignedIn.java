package dev.platina.ui.host.internal.shell;

import com.vaadin.flow.server.VaadinSession;
import dev.platina.identity.api.Caller;
import dev.platina.ui.host.internal.PlatinaServices;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The signed-in user of a UI session. The session token stays on the server, in the Vaadin session; the browser
 * holds only the session cookie. The caller is resolved afresh at each navigation, so role changes, disabling and
 * sign-out elsewhere take effect at once.
 */
public final class SignedIn implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String token;

    private SignedIn(String token) {
        this.token = token;
    }

    private boolean inTenant;
    private List<String> organizationChain = List.of();

    /**
     * @param organizationChain slugs from the user's organisation up to the platform, for choosing the theme
     */
    static void start(VaadinSession session, String token, Caller caller, boolean inTenant,
            List<String> organizationChain) {
        SignedIn signedIn = new SignedIn(token);
        signedIn.inTenant = inTenant;
        signedIn.organizationChain = List.copyOf(organizationChain);
        session.setAttribute(SignedIn.class, signedIn);
        session.setAttribute(Caller.class, caller);
    }

    /** Whether the user belongs to a tenant (not to a reseller or the operator), which hides the organisation tree. */
    public static boolean inTenant() {
        SignedIn signedIn = VaadinSession.getCurrent().getAttribute(SignedIn.class);
        return signedIn == null || signedIn.inTenant;
    }

    static List<String> organizationChain(VaadinSession session) {
        SignedIn signedIn = session.getAttribute(SignedIn.class);
        return signedIn == null ? List.of() : signedIn.organizationChain;
    }

    /** The current caller, checked against the identity service now; empty when the session is over. */
    public static Optional<Caller> refresh() {
        VaadinSession session = VaadinSession.getCurrent();
        SignedIn signedIn = session.getAttribute(SignedIn.class);
        if (signedIn == null) {
            return Optional.empty();
        }
        Optional<Caller> caller = PlatinaServices.current().authentication().authenticate(signedIn.token, requestId());
        if (caller.isEmpty()) {
            end(session);
        } else {
            session.setAttribute(Caller.class, caller.get());
        }
        return caller;
    }

    /** The caller as of the latest navigation. */
    public static Caller caller() {
        Caller caller = VaadinSession.getCurrent().getAttribute(Caller.class);
        if (caller == null) {
            throw new IllegalStateException("Nobody is signed in");
        }
        return caller;
    }

    static void signOut() {
        VaadinSession session = VaadinSession.getCurrent();
        SignedIn signedIn = session.getAttribute(SignedIn.class);
        Caller caller = session.getAttribute(Caller.class);
        if (signedIn != null && caller != null) {
            PlatinaServices.current().authentication().logout(caller, signedIn.token);
        }
        end(session);
    }

    private static void end(VaadinSession session) {
        session.setAttribute(SignedIn.class, null);
        session.setAttribute(Caller.class, null);
    }

    /** A request id for calls made from the UI, so they can be found in the audit trail and the log. */
    public static String requestId() {
        return "ui-" + UUID.randomUUID();
    }
}
