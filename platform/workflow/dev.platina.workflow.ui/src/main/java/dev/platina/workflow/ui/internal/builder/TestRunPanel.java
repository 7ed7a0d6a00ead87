package dev.platina.workflow.ui.internal.builder;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.shared.Registration;
import dev.platina.workflow.api.Run;
import dev.platina.workflow.api.RunTask;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs the saved version with sample input and follows the run: the page polls every second while it runs, and
 * each poll hands the latest task of every node to the diagram. A test run is a real run: its steps act for real.
 */
final class TestRunPanel extends Div {

    private static final long serialVersionUID = 1L;
    private static final int POLL_MILLIS = 1000;

    private final BuilderBackend backend;
    private final TextArea input = new TextArea("Sample input (JSON)");
    private final Button start = new Button("Run the saved version");
    private final Paragraph status = new Paragraph();
    private final Consumer<Map<String, RunTask>> tasksChanged;
    private Supplier<Optional<UUID>> savedWorkflow = Optional::empty;
    private UUID runId;
    private Registration polling;

    TestRunPanel(BuilderBackend backend, Consumer<Map<String, RunTask>> tasksChanged) {
        this.backend = backend;
        this.tasksChanged = tasksChanged;
        setId("test-run");
        addClassName("pl-test-run");
        input.setId("test-run-input");
        input.setValue("{}");
        input.setWidthFull();
        input.setHelperText("What the run reads as input, e.g. {\"amount\": 1200}. The steps act for real.");
        start.setId("test-run-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(click -> start());
        status.setId("test-run-status");
        add(new H3("Test run"), input, start, status);
    }

    /** Which workflow the button runs; empty while there are unsaved changes (the run would not show them). */
    void savedWorkflow(Supplier<Optional<UUID>> saved, String whyNot) {
        this.savedWorkflow = saved;
        boolean ready = saved.get().isPresent();
        start.setEnabled(ready);
        start.getElement().setAttribute("title", ready ? "" : whyNot);
        if (!ready && runId == null) {
            status.setText(whyNot);
        } else if (ready && runId == null) {
            status.setText("");
        }
    }

    private void start() {
        Optional<UUID> workflow = savedWorkflow.get();
        if (workflow.isEmpty()) {
            return;
        }
        Map<String, Object> sample;
        try {
            sample = JsonText.parseObject(input.getValue());
            input.setInvalid(false);
        } catch (IllegalArgumentException e) {
            input.setErrorMessage(e.getMessage());
            input.setInvalid(true);
            return;
        }
        try {
            Run run = backend.start(workflow.get(), sample);
            runId = run.id();
            show(run);
            follow();
        } catch (RuntimeException e) {
            status.setText("The run did not start: " + e.getMessage());
        }
    }

    private void follow() {
        UI ui = UI.getCurrent();
        stopFollowing();
        ui.setPollInterval(POLL_MILLIS);
        polling = ui.addPollListener(poll -> refresh());
    }

    private void refresh() {
        if (runId == null) {
            return;
        }
        try {
            show(backend.run(runId));
        } catch (RuntimeException e) {
            status.setText("Could not read the run: " + e.getMessage());
            stopFollowing();
        }
    }

    private void show(Run run) {
        Map<String, RunTask> latest = new LinkedHashMap<>();
        run.tasks().forEach(task -> latest.put(task.nodeId(), task));
        removeAll();
        status.setText(describe(run, latest));
        Anchor open = new Anchor("runs?run=" + run.id(), "Open in Runs");
        open.setId("test-run-open");
        add(new H3("Test run"), input, start, status, open);
        if (latest.values().stream().anyMatch(t -> t.state() == RunTask.State.PARKED)) {
            Anchor inbox = new Anchor("approvals", "Open the approval inbox");
            inbox.setId("test-run-inbox");
            add(inbox);
        }
        tasksChanged.accept(latest);
        if (run.state() != Run.State.RUNNING) {
            stopFollowing();
        }
    }

    private static String describe(Run run, Map<String, RunTask> latest) {
        String state = switch (run.state()) {
            case RUNNING -> "Running";
            case COMPLETED -> "Completed";
            case FAILED -> "Failed";
            case CANCELLED -> "Cancelled";
        };
        String waiting = latest.values().stream().filter(t -> t.state() == RunTask.State.PARKED).map(
                RunTask::nodeId).findFirst().map(node -> " — waiting at " + node).orElse("");
        return "Test run (version " + run.version() + "): " + state + waiting + run.error().map(e -> " — " + e)
                .orElse("");
    }

    private void stopFollowing() {
        if (polling != null) {
            polling.remove();
            polling = null;
            getUI().ifPresent(ui -> ui.setPollInterval(-1));
        }
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        super.onAttach(attach);
        if (runId != null) {
            follow();
        }
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        stopFollowing();
        detach.getUI().setPollInterval(-1);
        super.onDetach(detach);
    }
}
