package dev.platina.workflow.engine.internal;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One node of a workflow graph, as read from its JSON definition. */
sealed interface Node {

    String id();

    /** The nodes this one can lead to, for the graph checks. */
    List<String> successors();

    /** Calls a {@link dev.platina.workflow.api.WorkflowStep}; its input values beginning with '=' are expressions. */
    record Step(String id, String stepType, Map<String, Object> input, String next, Optional<String> onError,
            RetryPolicy retry, Duration timeout) implements Node {

        @Override
        public List<String> successors() {
            return onError.map(error -> List.of(next, error)).orElse(List.of(next));
        }
    }

    /** The first branch whose condition holds, or {@code otherwise}. */
    record Condition(String id, List<Branch> branches, String otherwise) implements Node {

        record Branch(String when, String next) {
        }

        @Override
        public List<String> successors() {
            var all = new java.util.ArrayList<String>();
            branches.forEach(branch -> all.add(branch.next()));
            all.add(otherwise);
            return all;
        }
    }

    /** Runs every branch at the same time; the branches meet again at a {@link Join}. */
    record Parallel(String id, List<String> branches) implements Node {

        @Override
        public List<String> successors() {
            return branches;
        }
    }

    /** Waits for all, any, or {@code count} of the branches that reach it. */
    record Join(String id, JoinMode mode, int count, String next) implements Node {

        @Override
        public List<String> successors() {
            return List.of(next);
        }
    }

    enum JoinMode {
        ALL,
        ANY,
        COUNT
    }

    /**
     * Holds the run until people decide under {@code policy}; rejection (or expiry) takes {@code onReject}.
     * {@code amount} (a number or an '=' expression) is what the organisation's approval tiers are applied to.
     */
    record Approval(String id, String title, Map<String, Object> proposal, ApprovalPolicy policy,
            Optional<Object> amount, Optional<Duration> expiresAfter, ExpiryAction onExpire, String next,
            String onReject) implements Node {

        @Override
        public List<String> successors() {
            return List.of(next, onReject);
        }
    }

    enum ExpiryAction {
        REJECT,
        ESCALATE
    }

    /**
     * Waits a duration, until a moment an expression computes, or until an event of type {@code event} arrives (for
     * which {@code match}, if given, holds).
     */
    record Wait(String id, Optional<Duration> duration, Optional<String> until, Optional<String> event,
            Optional<String> match, String next) implements Node {

        @Override
        public List<String> successors() {
            return List.of(next);
        }
    }

    /** Finishes the run as completed or failed. */
    record End(String id, boolean failed) implements Node {

        @Override
        public List<String> successors() {
            return List.of();
        }
    }
}
