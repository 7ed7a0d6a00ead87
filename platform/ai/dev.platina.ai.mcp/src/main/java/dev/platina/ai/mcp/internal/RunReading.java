package dev.platina.ai.mcp.internal;

import dev.platina.workflow.api.Run;
import dev.platina.workflow.api.RunTask;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads an MCP call's run of the tool-calls workflow as a {@link CallOutcome}. */
final class RunReading {

    private RunReading() {
    }

    static CallOutcome outcome(Run run) {
        Optional<RunTask> performed = task(run, ToolCallsWorkflow.PERFORM_NODE).filter(t -> t.state()
                == RunTask.State.DONE);
        Optional<RunTask> approval = task(run, ToolCallsWorkflow.APPROVAL_NODE);
        String tool = String.valueOf(run.input().get("tool"));
        if (performed.isPresent()) {
            Map<String, Object> output = performed.get().output().orElse(Map.of());
            Object stepOutput = output.get("output");
            @SuppressWarnings("unchecked")
            Map<String, Object> structured = stepOutput instanceof Map<?, ?> map ? (Map<String, Object>) map
                    : output;
            return new CallOutcome(CallOutcome.State.DONE, run.id(), tool + " was performed (run " + run.id()
                    + "):\n" + McpJson.pretty(structured), structured);
        }
        if (approval.flatMap(RunTask::output).map(o -> o.get("approved")).filter(Boolean.FALSE::equals)
                .isPresent()) {
            Map<String, Object> output = approval.get().output().orElseThrow();
            String decision = String.valueOf(output.get("decision"));
            String who = rejection(output.get("decisions"));
            return new CallOutcome(CallOutcome.State.REJECTED, run.id(), "The call of " + tool + " was not approved ("
                    + decision.toLowerCase() + who + "); nothing was done.", status("rejected", run, Map.of(
                            "decision", decision, "reason", who.isEmpty() ? decision.toLowerCase() : who.strip())));
        }
        if (run.state() == Run.State.FAILED || run.state() == Run.State.CANCELLED) {
            String error = run.error().orElse(run.state() == Run.State.CANCELLED ? "the run was cancelled"
                    : "the run failed");
            return new CallOutcome(CallOutcome.State.FAILED, run.id(), "The call of " + tool + " failed: " + error,
                    status("failed", run, Map.of("error", error)));
        }
        if (run.state() == Run.State.COMPLETED) {
            return new CallOutcome(CallOutcome.State.FAILED, run.id(), "The call of " + tool + " ended without"
                    + " being performed.", status("failed", run, Map.of()));
        }
        return new CallOutcome(CallOutcome.State.WAITING, run.id(), "The call of " + tool + " waits for approval by"
                + " your organisation (run " + run.id() + "). Ask again with the tool platina_call_status and"
                + " {\"runId\": \"" + run.id() + "\"}.", status("waiting", run, Map.of()));
    }

    private static Map<String, Object> status(String status, Run run, Map<String, Object> more) {
        var structured = new LinkedHashMap<String, Object>();
        structured.put("status", status);
        structured.put("runId", run.id().toString());
        structured.putAll(more);
        return structured;
    }

    /** ", rejected by anna: too expensive" for the first rejection, or nothing. */
    private static String rejection(Object decisions) {
        if (decisions instanceof List<?> list) {
            for (Object decision : list) {
                if (decision instanceof Map<?, ?> d && "REJECT".equals(d.get("verdict"))) {
                    return ", rejected by " + d.get("by") + (d.get("comment") == null ? "" : ": " + d.get("comment"));
                }
            }
        }
        return "";
    }

    private static Optional<RunTask> task(Run run, String node) {
        RunTask last = null;
        for (RunTask task : run.tasks()) {
            if (task.nodeId().equals(node)) {
                last = task;
            }
        }
        return Optional.ofNullable(last);
    }
}
