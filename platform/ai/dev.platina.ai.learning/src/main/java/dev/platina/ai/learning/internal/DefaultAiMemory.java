package dev.platina.ai.learning.internal;

import dev.platina.ai.api.AiMemory;
import dev.platina.ai.api.Calibration;
import dev.platina.ai.api.Proposal;
import dev.platina.ai.api.Recollection;
import dev.platina.audit.api.AuditLog;
import dev.platina.core.api.InvalidInputException;
import dev.platina.identity.api.AuditEvents;
import dev.platina.identity.api.Caller;
import dev.platina.identity.api.Permission;
import dev.platina.identity.api.PermissionGuard;
import java.util.LinkedHashMap;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The AI memory as callers meet it: permission checks, input checks and the audit of consent changes. */
@Component(service = {AiMemory.class, DefaultAiMemory.class})
public final class DefaultAiMemory implements AiMemory {

    private static final String TARGET = "ai-learning";

    private final OrganisationMemory memory;
    private final AuditLog audit;
    private final PermissionGuard guard;

    @Activate
    public DefaultAiMemory(@Reference OrganisationMemory memory, @Reference AuditLog audit) {
        this.memory = memory;
        this.audit = audit;
        this.guard = new PermissionGuard(audit);
    }

    @Override
    public Recollection recall(Caller caller, String engine, int limit) {
        guard.require(caller, Permission.WORKFLOWS_RUN, "ai.learning.recall", TARGET, engine);
        return memory.recall(caller.organization(), requireEngine(engine), limit);
    }

    @Override
    public void remember(Caller caller, UUID runId, String nodeId, String text, Proposal proposal) {
        guard.require(caller, Permission.WORKFLOWS_RUN, "ai.learning.remember", "run", runId);
        var errors = new LinkedHashMap<String, String>();
        if (runId == null) {
            errors.put("runId", "name the run the proposal was made in");
        }
        if (nodeId == null || nodeId.isBlank()) {
            errors.put("nodeId", "name the node that made the proposal");
        }
        if (proposal == null) {
            errors.put("proposal", "send the proposal to remember");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        memory.remember(caller.organization(), runId, nodeId, text == null ? "" : text, proposal);
    }

    @Override
    public Calibration calibrate(Caller caller, String engine, double rawConfidence) {
        guard.require(caller, Permission.WORKFLOWS_RUN, "ai.learning.calibrate", TARGET, engine);
        if (!(rawConfidence >= 0 && rawConfidence <= 1)) {
            throw InvalidInputException.of("rawConfidence", "a confidence is a number from 0 to 1");
        }
        return memory.calibrate(caller.organization(), requireEngine(engine), rawConfidence);
    }

    @Override
    public boolean learnsFrom(Caller caller) {
        return memory.learnsFrom(caller.organization(), person(caller));
    }

    @Override
    public int setLearning(Caller caller, boolean on) {
        UUID person = person(caller);
        if (on) {
            memory.optIn(caller.organization(), person);
            audit.record(AuditEvents.by(caller, "ai.learning.opt-in").target(TARGET, null).build());
            return 0;
        }
        int purged = memory.optOut(caller.organization(), person);
        audit.record(AuditEvents.by(caller, "ai.learning.opt-out").target(TARGET, null).detail("purged", purged)
                .build());
        return purged;
    }

    /** What the organisation's memory holds, in counts. Needs {@code workflows:read}. */
    public MemorySummary summary(Caller caller) {
        guard.require(caller, Permission.WORKFLOWS_READ, "ai.learning.read", TARGET, null);
        return memory.summary(caller.organization());
    }

    private static String requireEngine(String engine) {
        if (engine == null || engine.isBlank()) {
            throw InvalidInputException.of("engine", "name the engine, e.g. offline");
        }
        return engine;
    }

    /** Consent is a person's own: the platform acting for itself has none to give. */
    private static UUID person(Caller caller) {
        if (caller.userId() == null) {
            throw new IllegalArgumentException("Only a signed-in person can choose whether their decisions are"
                    + " learnt from");
        }
        return caller.userId();
    }
}
