package dev.platina.notification.impl.internal;

import dev.platina.workflow.api.Approval;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Says what became of a task whose decision arrived too late (pressed on a lock screen, or queued offline): who
 * decided it, or that it expired or was withdrawn, and that this decision was not applied.
 */
final class DecidedMeanwhile {

    static final String NOT_APPLIED = " - your decision was not applied.";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm z", Locale.ENGLISH);

    private DecidedMeanwhile() {
    }

    /** @param username the person whose decision came too late */
    static String message(Approval task, String username, ZoneId zone) {
        String at = task.decidedAt().map(when -> " on " + WHEN.format(when.atZone(zone))).orElse("");
        if (task.decisions().stream().anyMatch(d -> d.username().equals(username))) {
            // The same decision sent twice (two open tabs, or a queue replayed after the button worked after all).
            return "You decided this approval already; it was " + task.state().name().toLowerCase(Locale.ROOT) + at
                    + ".";
        }
        return switch (task.state()) {
            case APPROVED -> "Already approved by " + deciders(task, Approval.Verdict.APPROVE) + at + NOT_APPLIED;
            case REJECTED -> "Already rejected by " + deciders(task, Approval.Verdict.REJECT) + at + NOT_APPLIED;
            case EXPIRED -> "This approval expired" + at + NOT_APPLIED;
            case CANCELLED -> "This approval was withdrawn: its run was cancelled" + at + NOT_APPLIED;
            case PENDING -> "This approval still waits for a decision.";
        };
    }

    private static String deciders(Approval task, Approval.Verdict verdict) {
        List<String> names = task.decisions().stream().filter(d -> d.verdict() == verdict)
                .map(Approval.Decision::username).distinct().toList();
        return names.isEmpty() ? "someone else" : String.join(", ", names);
    }
}
