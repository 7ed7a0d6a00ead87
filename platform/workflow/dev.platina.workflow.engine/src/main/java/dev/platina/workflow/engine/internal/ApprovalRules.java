package dev.platina.workflow.engine.internal;

import dev.platina.identity.api.BuiltInRole;
import dev.platina.identity.api.Caller;
import dev.platina.workflow.api.ApprovalTier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Who may decide an approval task, and which role an organisation's tiers ask for an amount. Pure rules. */
final class ApprovalRules {

    private ApprovalRules() {
    }

    /**
     * Why the caller may not decide the task, or empty when they may. The policy says who (any one of its roles,
     * its permission or its named users, plus the escalation roles once escalated); the tier's role is a floor
     * that applies to everyone.
     */
    static Optional<String> refusal(Caller caller, ApprovalPolicy policy, Optional<String> requiredRole,
            boolean escalated) {
        if (caller.userId() == null) {
            return Optional.of("Approvals are decided by people; sign in as a user to decide this one.");
        }
        boolean named = containsIgnoringCase(policy.users(), List.of(caller.username()));
        boolean byRole = containsIgnoringCase(policy.roles(), caller.roles());
        boolean byPermission = policy.permission().map(caller::has).orElse(false);
        boolean byEscalation = escalated && containsIgnoringCase(policy.escalateTo(), caller.roles());
        if (!(named || byRole || byPermission || byEscalation)) {
            return Optional.of("This approval is for " + describe(policy, escalated) + ".");
        }
        if (requiredRole.isPresent() && !holdsAtLeast(caller.roles(), requiredRole.get())) {
            return Optional.of("Your organisation's approval tiers ask a " + requiredRole.get() + " to decide this"
                    + " amount.");
        }
        return Optional.empty();
    }

    /**
     * Whether one of {@code roles} is {@code required} or, for the built-in roles, ranks above it (an Admin may do
     * what a Manager may).
     */
    static boolean holdsAtLeast(Collection<String> roles, String required) {
        if (containsIgnoringCase(roles, List.of(required))) {
            return true;
        }
        Optional<BuiltInRole> floor = BuiltInRole.named(required);
        return floor.isPresent() && roles.stream().map(BuiltInRole::named).flatMap(Optional::stream)
                .anyMatch(role -> role.ordinal() < floor.get().ordinal());
    }

    /** The role of the highest tier the amount is above; empty below every tier or without an amount. */
    static Optional<String> requiredRole(List<ApprovalTier> tiers, Optional<BigDecimal> amount) {
        if (amount.isEmpty()) {
            return Optional.empty();
        }
        return tiers.stream().filter(tier -> amount.get().compareTo(tier.above()) > 0)
                .max(Comparator.comparing(ApprovalTier::above)).map(ApprovalTier::role);
    }

    /**
     * Problems with an approver's edits, by field: edits only where the task allows them, only of parameters the
     * proposal has, and only when approving.
     */
    static Map<String, String> editProblems(boolean editable, boolean approving, Map<String, Object> proposal,
            Map<String, Object> edits) {
        if (edits.isEmpty()) {
            return Map.of();
        }
        if (!editable) {
            return Map.of("edits", "this approval does not allow changes to the proposal; approve or reject it as"
                    + " it is");
        }
        if (!approving) {
            return Map.of("edits", "edits go with an approval; a rejection leaves the proposal as it is");
        }
        var problems = new java.util.LinkedHashMap<String, String>();
        for (String key : edits.keySet()) {
            if (!proposal.containsKey(key)) {
                problems.put("edits." + key, "is not a parameter of this proposal; it has "
                        + String.join(", ", proposal.keySet()));
            }
        }
        return problems;
    }

    private static String describe(ApprovalPolicy policy, boolean escalated) {
        var who = new ArrayList<String>();
        if (!policy.roles().isEmpty()) {
            who.add("the role" + (policy.roles().size() == 1 ? " " : "s ") + String.join(", ", policy.roles()));
        }
        policy.permission().ifPresent(p -> who.add("holders of the permission '" + p + "'"));
        if (!policy.users().isEmpty()) {
            who.add(String.join(", ", policy.users()));
        }
        if (escalated && !policy.escalateTo().isEmpty()) {
            who.add("the role" + (policy.escalateTo().size() == 1 ? " " : "s ")
                    + String.join(", ", policy.escalateTo()));
        }
        return String.join(" or ", who);
    }

    private static boolean containsIgnoringCase(Collection<String> haystack, Collection<String> needles) {
        return needles.stream().anyMatch(needle -> haystack.stream().anyMatch(item -> item.equalsIgnoreCase(needle)));
    }
}
