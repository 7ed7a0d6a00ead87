package dev.platina.ui.host.internal;

import dev.platina.ui.api.SignOutStep;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The {@link SignOutStep} services there are right now. */
public final class SignOutSteps {

    private final List<SignOutStep> steps = new CopyOnWriteArrayList<>();

    void add(SignOutStep step) {
        steps.add(step);
    }

    void remove(SignOutStep step) {
        steps.remove(step);
    }

    public List<SignOutStep> current() {
        return List.copyOf(steps);
    }
}
