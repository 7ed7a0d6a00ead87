package dev.platina.workflow.ui.internal.builder;

import dev.platina.identity.api.Caller;
import dev.platina.ui.api.ServiceCalls;
import dev.platina.workflow.api.Run;
import dev.platina.workflow.api.RunService;
import dev.platina.workflow.api.StepDescriptor;
import dev.platina.workflow.api.Workflow;
import dev.platina.workflow.api.WorkflowService;
import dev.platina.workflow.api.WorkflowVersion;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/** The builder's calls into the workflow services, as the signed-in person, each borrowing the service once. */
final class BuilderBackend {

    private final Caller caller;

    BuilderBackend(Caller caller) {
        this.caller = caller;
    }

    Caller caller() {
        return caller;
    }

    List<StepDescriptor> stepTypes() {
        return workflows(service -> service.stepTypes(caller));
    }

    void check(Map<String, Object> definition) {
        workflows(service -> {
            service.check(caller, definition);
            return null;
        });
    }

    Workflow create(Map<String, Object> definition) {
        return workflows(service -> service.create(caller, definition));
    }

    Workflow update(UUID id, Map<String, Object> definition, int expectedVersion) {
        return workflows(service -> service.update(caller, id, definition, expectedVersion));
    }

    Workflow get(UUID id) {
        return workflows(service -> service.get(caller, id));
    }

    Workflow get(UUID id, int version) {
        return workflows(service -> service.get(caller, id, version));
    }

    List<WorkflowVersion> versions(UUID id) {
        return workflows(service -> service.versions(caller, id));
    }

    List<Workflow> list() {
        return workflows(service -> service.list(caller));
    }

    Run start(UUID id, Map<String, Object> input) {
        return runs(service -> service.start(caller, id, input));
    }

    Run run(UUID runId) {
        return runs(service -> service.get(caller, runId));
    }

    private static <R> R workflows(Function<WorkflowService, R> work) {
        return ServiceCalls.borrow(BuilderBackend.class, WorkflowService.class, work, Unavailable::new);
    }

    private static <R> R runs(Function<RunService, R> work) {
        return ServiceCalls.borrow(BuilderBackend.class, RunService.class, work, Unavailable::new);
    }

    /** Thrown when the workflow services are being updated. */
    static final class Unavailable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unavailable() {
            super("Workflows are being updated. Try again in a moment.");
        }
    }
}
