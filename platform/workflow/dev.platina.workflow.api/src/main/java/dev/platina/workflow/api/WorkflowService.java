package dev.platina.workflow.api;

import dev.platina.identity.api.Caller;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The workflows of the caller's organisation. Reading needs {@code workflows:read}, changing {@code
 * workflows:edit}. A definition is checked before it is stored; every save is a new version and runs keep the
 * version they started with. Every change is audited.
 */
@ProviderType
public interface WorkflowService {

    /** The organisation's workflows, newest change first. */
    List<Workflow> list(Caller caller);

    /**
     * Stores a new workflow at version 1.
     *
     * @throws dev.platina.core.api.InvalidInputException naming each problem by its place in the definition, e.g.
     *         {@code nodes[approve].policy.approvals}
     */
    Workflow create(Caller caller, Map<String, Object> definition);

    /**
     * Checks a definition as {@link #create} and {@link #update} would, without storing anything; the builder asks
     * this while someone edits. Needs {@code workflows:read}.
     *
     * @throws dev.platina.core.api.InvalidInputException naming each problem by its place in the definition
     */
    void check(Caller caller, Map<String, Object> definition);

    /** The current version. */
    Workflow get(Caller caller, UUID id);

    /** An earlier (or the current) version, as it was saved. */
    Workflow get(Caller caller, UUID id, int version);

    /** Every version, newest first, without the definitions. */
    List<WorkflowVersion> versions(Caller caller, UUID id);

    /**
     * Saves the definition as the next version.
     *
     * @throws dev.platina.core.api.ConflictException when {@code expectedVersion} is no longer the current one
     */
    Workflow update(Caller caller, UUID id, Map<String, Object> definition, int expectedVersion);

    /** The step types the caller's organisation can use: the platform's and those of its enabled skills. */
    List<StepDescriptor> stepTypes(Caller caller);

    /** Removes the workflow; its versions stay for the runs that use them, and its triggers stop. */
    void delete(Caller caller, UUID id);
}
