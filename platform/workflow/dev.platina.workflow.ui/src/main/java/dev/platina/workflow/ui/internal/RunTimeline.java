package dev.platina.workflow.ui.internal;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import dev.platina.workflow.api.Run;
import dev.platina.workflow.api.RunTask;
import dev.platina.workflow.ui.internal.builder.JsonText;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * A run's history as a timeline: one line per task with its branch, state, attempts, duration and error, and what
 * went in and came out.
 */
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
            if (task.input().isPresent() || task.output().isPresent()) {
                line.add(values(task));
            }
            add(line);
        }
    }

    /** What went in and came out, folded away so a long run stays readable. */
    private static Details values(RunTask task) {
        Div body = new Div();
        task.input().ifPresent(input -> body.add(new Paragraph("Input"), json(input)));
        task.output().ifPresent(output -> body.add(new Paragraph("Output"), json(output)));
        Details details = new Details("Input and output", body);
        details.addClassName("run-task-values");
        return details;
    }

    private static Pre json(Object value) {
        Pre pre = new Pre(JsonText.write(value));
        pre.getStyle().set("white-space", "pre-wrap").set("overflow-wrap", "anywhere").set("margin", "0")
                .set("font-size", "var(--lumo-font-size-xs)");
        return pre;
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
