package dev.platina.workflow.rest.internal;

import dev.platina.identity.rest.RequestCallers;
import dev.platina.rest.Ids;
import dev.platina.rest.PlatinaApi;
import dev.platina.rest.ResponseSchema;
import dev.platina.workflow.api.Run;
import dev.platina.workflow.api.RunEffect;
import dev.platina.workflow.api.RunService;
import dev.platina.workflow.api.RunTask;
import java.util.List;
import java.util.Map;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** Runs: follow one task by task, cancel it. Runs start at {@code POST /v1/workflows/{id}/runs}. */
@Component(service = RunsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PlatinaApi.APPLICATION_SELECT)
@Path("v1/runs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class RunsResource {

    /** A run as the API shows it, with its history oldest first. */
    public record RunView(String id, String workflowId, int version, String state, Map<String, Object> input,
            String startedAt, String finishedAt, String error, List<TaskView> tasks, List<EffectView> effects) {

        static RunView of(Run run) {
            return new RunView(run.id().toString(), run.workflowId().toString(), run.version(), run.state().name(),
                    run.input(), run.startedAt().toString(), run.finishedAt().map(Object::toString).orElse(null),
                    run.error().orElse(null), run.tasks().stream().map(TaskView::of).toList(),
                    run.effects().stream().map(EffectView::of).toList());
        }
    }

    /** A message a step sent through the outbox, and how its delivery goes. */
    public record EffectView(String node, String channel, String idempotencyKey, String state, int attempts,
            String lastError, String createdAt, String nextAttemptAt, String deliveredAt) {

        static EffectView of(RunEffect effect) {
            return new EffectView(effect.nodeId(), effect.channel(), effect.idempotencyKey(), effect.state().name(),
                    effect.attempts(), effect.lastError().orElse(null), effect.createdAt().toString(),
                    effect.nextAttemptAt().map(Object::toString).orElse(null),
                    effect.deliveredAt().map(Object::toString).orElse(null));
        }
    }

    /** One node visit: its branch, state, attempts, input, output, error and timings. */
    public record TaskView(String node, String branch, String state, int attempts, Map<String, Object> input,
            Map<String, Object> output, String error, String createdAt, String startedAt, String finishedAt,
            List<AttemptView> failedAttempts) {

        static TaskView of(RunTask task) {
            return new TaskView(task.nodeId(), task.branch().isEmpty() ? null : task.branch(), task.state().name(),
                    task.attempts(), task.input().orElse(null), task.output().orElse(null), task.error().orElse(null),
                    task.createdAt().toString(), task.startedAt().map(Object::toString).orElse(null),
                    task.finishedAt().map(Object::toString).orElse(null),
                    task.failedAttempts().stream().map(AttemptView::of).toList());
        }
    }

    /** An attempt of a step that failed, with its timing and error. */
    public record AttemptView(int attempt, String startedAt, String finishedAt, String outcome, String error) {

        static AttemptView of(RunTask.Attempt attempt) {
            return new AttemptView(attempt.attempt(), attempt.startedAt().toString(),
                    attempt.finishedAt().toString(), attempt.outcome(), attempt.error());
        }
    }

    private final RunService runs;

    @Activate
    public RunsResource(@Reference RunService runs) {
        this.runs = runs;
    }

    @GET
    @Path("{id}")
    @ResponseSchema(RunView.class)
    public RunView get(@PathParam("id") String id, @Context SecurityContext security) {
        return RunView.of(runs.get(RequestCallers.of(security), Ids.parse(id, "run")));
    }

    @GET
    public WorkflowsResource.Page<RunView> recent(@QueryParam("limit") Integer limit,
            @Context SecurityContext security) {
        return new WorkflowsResource.Page<>(runs.recent(RequestCallers.of(security), limit == null ? 50 : limit)
                .stream().map(RunView::of).toList(), null);
    }

    @POST
    @Path("{id}/retry")
    @ResponseSchema(RunView.class)
    public RunView retry(@PathParam("id") String id, @Context SecurityContext security) {
        return RunView.of(runs.retry(RequestCallers.of(security), Ids.parse(id, "run")));
    }

    @POST
    @Path("{id}/cancel")
    @ResponseSchema(RunView.class)
    public RunView cancel(@PathParam("id") String id, @Context SecurityContext security) {
        return RunView.of(runs.cancel(RequestCallers.of(security), Ids.parse(id, "run")));
    }
}
