package dev.platina.workflow.engine.internal;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What one finishing transaction scheduled. A worker that finishes a task may lease the run's next task for itself
 * in the same transaction and start it at once: no claim, no reload and no wake-up between the two, so a step costs
 * one commit. Only one successor is leased so; any other task made ready wakes the other workers. A chain is cut
 * after {@link #LONGEST} tasks so one run cannot keep a worker from the others' work for long.
 */
final class Chain {

    static final int LONGEST = 32;

    private final String owner;
    private final Duration lease;
    private final int length;
    private ClaimedTask leased;
    private boolean othersReady;
    private String finishedNode;
    private Map<String, Object> finishedOutput;
    private UUID openedApproval;
    private UUID autoApproved;
    private dev.platina.audit.api.AuditEvent autoApproval;

    private Chain(String owner, Duration lease, int length) {
        this.owner = owner;
        this.lease = lease;
        this.length = length;
    }

    /** Scheduling that never leases (starts, decisions, events): every task it makes ready wakes the workers. */
    static Chain none() {
        return new Chain(null, Duration.ZERO, LONGEST);
    }

    /** For a worker that has run {@code length} tasks of this chain so far. */
    static Chain forWorker(String owner, Duration lease, int length) {
        return new Chain(owner, lease, length);
    }

    boolean canLease() {
        return owner != null && leased == null && length < LONGEST;
    }

    String owner() {
        return owner;
    }

    Duration lease() {
        return lease;
    }

    int length() {
        return length;
    }

    void leased(ClaimedTask task) {
        this.leased = task;
    }

    Optional<ClaimedTask> leased() {
        return Optional.ofNullable(leased);
    }

    /** A task became ready (or will, after a delay) for whichever worker claims it. */
    void madeReady() {
        othersReady = true;
    }

    /** Whether the workers must be woken: something became ready that this worker does not go on with itself. */
    boolean wakeOthers() {
        return othersReady || leased == null;
    }

    /** The output the finished task recorded, for the next task's expressions. */
    void finished(String nodeId, Map<String, Object> output) {
        this.finishedNode = nodeId;
        this.finishedOutput = output;
    }

    /** An approval task the transaction opened, to announce once it committed. */
    void openedApproval(UUID approvalId) {
        this.openedApproval = approvalId;
    }

    /** An approval task the transaction opened and approved by its confidence rule, to audit once it committed. */
    void autoApproved(UUID approvalId, dev.platina.audit.api.AuditEvent event) {
        this.autoApproved = approvalId;
        this.autoApproval = event;
    }

    Optional<UUID> autoApproved() {
        return Optional.ofNullable(autoApproved);
    }

    dev.platina.audit.api.AuditEvent autoApproval() {
        return autoApproval;
    }

    Optional<UUID> openedApproval() {
        return Optional.ofNullable(openedApproval);
    }

    Optional<String> finishedNode() {
        return Optional.ofNullable(finishedNode);
    }

    Map<String, Object> finishedOutput() {
        return finishedOutput;
    }
}
