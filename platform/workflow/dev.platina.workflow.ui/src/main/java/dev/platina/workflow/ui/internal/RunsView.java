package dev.platina.workflow.ui.internal;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.shared.Registration;
import dev.platina.identity.api.Caller;
import dev.platina.identity.api.Permission;
import dev.platina.ui.api.UiSession;
import dev.platina.workflow.api.Run;
import dev.platina.workflow.api.RunService;
import dev.platina.workflow.api.Workflow;
import dev.platina.workflow.api.WorkflowService;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Runs of the organisation's workflows, newest first, filtered by workflow, state and time; a run's timeline with
 * Retry (failed runs) and Cancel (running ones) for those who may start runs; an open running run refreshes
 * every two seconds until it ends. {@code ?run=<id>} opens one.
 */
@PageTitle("Runs")
public final class RunsView extends VerticalLayout implements BeforeEnterObserver {

    private static final long serialVersionUID = 1L;
    private static final int LOADED = 500;
    private static final int POLL_MILLIS = 2000;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withZone(ZoneId.systemDefault());

    /** How far back the list reaches. */
    enum Period {
        HOUR("Last hour", Duration.ofHours(1)),
        DAY("Last 24 hours", Duration.ofDays(1)),
        WEEK("Last 7 days", Duration.ofDays(7)),
        ALL("Any time", null);

        final String label;
        final Duration length;

        Period(String label, Duration length) {
            this.label = label;
            this.length = length;
        }
    }

    private final Select<Workflow> workflow = new Select<>();
    private final Select<Run.State> state = new Select<>();
    private final Select<Period> period = new Select<>();
    private final Grid<Run> runs = new Grid<>();
    private final Paragraph failure = new Paragraph();
    private final Div details = new Div();
    private Caller caller;
    private Registration polling;
    private Map<UUID, String> names = Map.of();

    public RunsView() {
        setId("runs-view");
        workflow.setId("runs-workflow");
        workflow.setLabel("Workflow");
        workflow.setEmptySelectionAllowed(true);
        workflow.setEmptySelectionCaption("All workflows");
        workflow.setItemLabelGenerator(w -> w == null ? "All workflows" : w.name());
        state.setId("runs-state");
        state.setLabel("State");
        state.setItems(Run.State.values());
        state.setEmptySelectionAllowed(true);
        state.setEmptySelectionCaption("Any state");
        state.setItemLabelGenerator(s -> s == null ? "Any state" : RunTimeline.state(s));
        period.setId("runs-period");
        period.setLabel("Started");
        period.setItems(Period.values());
        period.setItemLabelGenerator(p -> p.label);
        period.setValue(Period.DAY);
        workflow.addValueChangeListener(change -> refresh());
        state.addValueChangeListener(change -> refresh());
        period.addValueChangeListener(change -> refresh());
        FlexLayout filters = new FlexLayout(workflow, state, period);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.getStyle().set("gap", "var(--lumo-space-m)");

        failure.setId("runs-failure");
        failure.getStyle().set("color", "var(--lumo-error-text-color)");
        runs.setId("runs-grid");
        runs.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        runs.addColumn(run -> names.getOrDefault(run.workflowId(), run.workflowId().toString())).setHeader("Workflow")
                .setAutoWidth(true).setFlexGrow(1);
        runs.addColumn(run -> RunTimeline.state(run.state())).setHeader("State").setAutoWidth(true);
        runs.addColumn(run -> WHEN.format(run.startedAt())).setHeader("Started").setAutoWidth(true);
        runs.addItemClickListener(click -> show(click.getItem().id()));
        runs.setHeight("min(30em, 60vh)");
        runs.getStyle().set("flex", "3 1 22em");
        details.setId("run-details");
        details.getStyle().set("flex", "2 1 20em");
        HorizontalLayout body = new HorizontalLayout(runs, details);
        body.setWidthFull();
        body.setWrap(true);
        add(new H2("Runs"), filters, failure, body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        caller = UiSession.caller().orElse(null);
        if (caller == null) {
            return;
        }
        try {
            List<Workflow> workflows = Services.borrow(WorkflowService.class, service -> service.list(caller));
            names = workflows.stream().collect(Collectors.toMap(Workflow::id, Workflow::name, (a, b) -> a));
            workflow.setItems(workflows);
        } catch (RuntimeException e) {
            failure.setText(e.getMessage());
        }
        refresh();
        event.getLocation().getQueryParameters().getParameters().getOrDefault("run", List.of()).stream().findFirst()
                .flatMap(RunsView::uuid).ifPresent(this::show);
    }

    private void refresh() {
        if (caller == null) {
            return;
        }
        try {
            List<Run> recent = Services.borrow(RunService.class, service -> service.recent(caller, LOADED));
            runs.setItems(new RunFilter(Optional.ofNullable(workflow.getValue()).map(Workflow::id),
                    Optional.ofNullable(state.getValue()), Optional.ofNullable(period.getValue())
                            .map(p -> p.length)).apply(recent, Instant.now()));
            failure.setText("");
        } catch (RuntimeException e) {
            failure.setText(e.getMessage());
        }
    }

    private void show(UUID runId) {
        details.removeAll();
        Run run;
        try {
            run = Services.borrow(RunService.class, service -> service.get(caller, runId));
        } catch (RuntimeException e) {
            details.add(new Paragraph(e.getMessage()));
            return;
        }
        details.add(new RunTimeline(run, names.getOrDefault(run.workflowId(), "Run")));
        follow(run);
        if (caller.has(Permission.WORKFLOWS_RUN)) {
            if (run.state() == Run.State.FAILED) {
                details.add(action("run-retry", "Retry from where it failed", run.id(), RunService::retry));
            } else if (run.state() == Run.State.RUNNING) {
                details.add(action("run-cancel", "Cancel", run.id(), RunService::cancel));
            }
        }
    }

    /** Keeps a running run's timeline current: the page polls while it runs and stops once it ended. */
    private void follow(Run run) {
        if (polling != null) {
            polling.remove();
            polling = null;
        }
        // Opened from ?run= the view is not attached yet, so the current UI and not getUI().
        Optional.ofNullable(getUI().orElse(UI.getCurrent())).ifPresent(ui -> {
            if (run.state() == Run.State.RUNNING) {
                ui.setPollInterval(POLL_MILLIS);
                polling = ui.addPollListener(poll -> {
                    show(run.id());
                    refresh();
                });
            } else {
                ui.setPollInterval(-1);
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (polling != null) {
            polling.remove();
            polling = null;
        }
        detach.getUI().setPollInterval(-1);
        super.onDetach(detach);
    }

    private Button action(String id, String label, UUID runId, RunAction work) {
        Button button = new Button(label, click -> {
            try {
                Services.borrow(RunService.class, (Function<RunService, Run>) service -> work.apply(service, caller,
                        runId));
                Notification.show(label + ": done", 3000, Notification.Position.BOTTOM_CENTER);
            } catch (RuntimeException e) {
                Notification.show(e.getMessage(), 6000, Notification.Position.BOTTOM_CENTER);
            }
            refresh();
            show(runId);
        });
        button.setId(id);
        button.addThemeVariants(id.equals("run-cancel") ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_PRIMARY);
        return button;
    }

    /** Retry or cancel. */
    @FunctionalInterface
    private interface RunAction {
        Run apply(RunService service, Caller caller, UUID runId);
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
