package dev.platina.ui.host.internal.shell;

import com.vaadin.flow.component.UI;
import dev.platina.identity.api.Caller;
import dev.platina.ui.api.SignOutStep;
import dev.platina.ui.host.internal.BuiltInViews;
import dev.platina.ui.host.internal.PlatinaServices;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Signs the person out at once, then lets the bundles' {@link SignOutStep}s clean up after them: each step's script
 * in the page (at most a few seconds), then its server side with the person who left; then the page goes to the
 * sign-in page. The session ends first, so a page that never answers cannot keep anybody signed in.
 */
final class SignOut {

    static final int PAGE_PATIENCE_MILLIS = 4000;
    private static final Logger LOG = LoggerFactory.getLogger(SignOut.class);

    private SignOut() {
    }

    static void run(UI ui) {
        Caller caller = ui.getSession().getAttribute(Caller.class);
        List<SignOutStep> steps = PlatinaServices.current().signOutSteps().current();
        SignedIn.signOut();
        if (caller == null || steps.isEmpty()) {
            toSignIn(ui);
            return;
        }
        AtomicInteger waiting = new AtomicInteger(steps.size());
        for (SignOutStep step : steps) {
            ui.getPage().executeJs(wrapped(step.pageScript()), PAGE_PATIENCE_MILLIS).then(String.class,
                    answer -> finish(ui, step, caller, answer, waiting),
                    error -> finish(ui, step, caller, null, waiting));
        }
    }

    /** The step's script as an async function, raced against the patience; its answer as a string or "". */
    static String wrapped(String script) {
        return "const step = (async () => {\n" + script + "\n})();\n"
                + "const late = new Promise(resolve => setTimeout(() => resolve(null), $0));\n"
                + "return Promise.race([step, late]).then(a => a == null ? '' : String(a), () => '');";
    }

    private static void finish(UI ui, SignOutStep step, Caller caller, String answer, AtomicInteger waiting) {
        try {
            step.finish(caller, answer == null || answer.isEmpty() ? null : answer);
        } catch (RuntimeException e) {
            // Signing out must not fail because a bundle's clean-up did; the person still leaves.
            LOG.warn("A sign-out step of {} failed: {}", step.getClass().getName(), e.toString());
        }
        if (waiting.decrementAndGet() == 0) {
            toSignIn(ui);
        }
    }

    private static void toSignIn(UI ui) {
        ui.getPage().setLocation("/" + BuiltInViews.LOGIN);
    }
}
