package dev.platina.workflow.ui.internal;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import dev.platina.workflow.api.Run;
import dev.platina.workflow.api.RunTask;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** A run's history as a timeline: one line per task with its branch, state, attempts, duration and error. */
final class RunTimeline extends Div {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withZone(ZoneId.systemDefault());

    RunTimeline(Run run, String workflowName) {
        setId("run-timeline");
        add(new H3(workflowName + " — " + state(run.state())));
        Paragraph started = new Paragraph("Started " + WHEN.format(run.startedAt())
                + run.finishedAt().map(at -> ", ended " + WHEN.format(at)).orElse("") + " (version " + run.version()
                + ")");
        add(started);
        run.error().ifPresent(error -> {
            Paragraph problem = new Paragraph(error);
            problem.setId("run-error");
            problem.getStyle().set("color", "var(--lumo-error-text-color)");
            add(problem);
        });
        for (RunTask task : run.tasks()) {
            Div line = new Div();
            line.addClassName("run-task");
            line.getElement().setAttribute("data-node", task.nodeId());
            line.getStyle().set("border-left", "3px solid " + colour(task.state())).set("padding-left",
                    "var(--lumo-space-s)").set("margin", "var(--lumo-space-xs) 0");
            Span name = new Span(task.nodeId() + (task.branch().isEmpty() ? "" : " (" + task.branch() + ")"));
            name.getStyle().set("font-weight", "600");
            line.add(name, new Span(" · " + task.state().name().toLowerCase() + duration(task)
                    + (task.attempts() > 1 ? " · " + task.attempts() + " attempts" : "")));
            task.error().ifPresent(error -> {
                Paragraph why = new Paragraph(error);
                why.getStyle().set("margin", "0").set("color", "var(--lumo-secondary-text-color)");
                line.add(why);
            });
            add(line);
        }
    }

    static String state(Run.State state) {
        return switch (state) {
            case RUNNING -> "running";
            case COMPLETED -> "completed";
            case FAILED -> "failed";
            case CANCELLED -> "cancelled";
        };
    }

    private static String duration(RunTask task) {
        if (task.startedAt().isEmpty() || task.finishedAt().isEmpty()) {
            return "";
        }
        long millis = Duration.between(task.startedAt().get(), task.finishedAt().get()).toMillis();
        return " · " + (millis < 1000 ? millis + " ms" : String.format("%.1f s", millis / 1000.0));
    }

    private static String colour(RunTask.State state) {
        return switch (state) {
            case DONE -> "var(--lumo-success-color)";
            case FAILED -> "var(--lumo-error-color)";
            case RUNNING, READY -> "var(--lumo-primary-color)";
            default -> "var(--lumo-contrast-30pct)";
        };
    }
}
