package dev.platina.notification.impl.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.platina.workflow.api.Approval;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DecidedMeanwhileTest {

    private static final Instant DECIDED = Instant.parse("2026-03-02T08:15:00Z");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void aTaskSomeoneElseRejectedNamesThemAndTheTimeInThePersonsZone() {
        Approval task = task(Approval.State.REJECTED, List.of(decision("manager", Approval.Verdict.REJECT)));

        assertThat(DecidedMeanwhile.message(task, "user", BERLIN)).isEqualTo(
                "Already rejected by manager on 2 Mar 2026, 09:15 CET - your decision was not applied.");
    }

    @Test
    void anApprovedTaskNamesEveryApprover() {
        Approval task = task(Approval.State.APPROVED, List.of(decision("ann", Approval.Verdict.APPROVE),
                decision("bob", Approval.Verdict.APPROVE)));

        assertThat(DecidedMeanwhile.message(task, "user", ZoneId.of("UTC")))
                .startsWith("Already approved by ann, bob on 2 Mar 2026, 08:15 UTC");
    }

    @Test
    void expiredAndWithdrawnTasksSaySoAndThatNothingWasApplied() {
        assertThat(DecidedMeanwhile.message(task(Approval.State.EXPIRED, List.of()), "user", BERLIN))
                .isEqualTo("This approval expired on 2 Mar 2026, 09:15 CET - your decision was not applied.");
        assertThat(DecidedMeanwhile.message(task(Approval.State.CANCELLED, List.of()), "user", BERLIN))
                .startsWith("This approval was withdrawn: its run was cancelled")
                .endsWith(DecidedMeanwhile.NOT_APPLIED);
    }

    @Test
    void theSameDecisionSentTwiceSaysItWasTakenAlready() {
        Approval task = task(Approval.State.APPROVED, List.of(decision("user", Approval.Verdict.APPROVE)));

        assertThat(DecidedMeanwhile.message(task, "user", BERLIN))
                .isEqualTo("You decided this approval already; it was approved on 2 Mar 2026, 09:15 CET.");
    }

    private static Approval.Decision decision(String username, Approval.Verdict verdict) {
        return new Approval.Decision(username, verdict, Optional.empty(), Map.of(), DECIDED);
    }

    private static Approval task(Approval.State state, List<Approval.Decision> decisions) {
        return new Approval(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "ask", "Pay invoice 42",
                Map.of("amount", 250), state, false, 1, Optional.empty(), DECIDED.minusSeconds(3600), Optional.empty(),
                false, Optional.of(DECIDED), decisions);
    }
}
