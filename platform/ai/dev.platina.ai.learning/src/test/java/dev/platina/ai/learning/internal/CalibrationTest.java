package dev.platina.ai.learning.internal;

import static dev.platina.ai.learning.internal.MemoryFixture.approve;
import static dev.platina.ai.learning.internal.MemoryFixture.proposal;
import static dev.platina.ai.learning.internal.MemoryFixture.reject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.platina.ai.api.Calibration;
import dev.platina.identity.api.Caller;
import dev.platina.persistence.api.TenantId;
import dev.platina.persistence.postgres.internal.DatabaseExtension;
import dev.platina.persistence.postgres.internal.PlatformTestDatabase;
import dev.platina.workflow.api.Approval;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Raw confidences become the share of proposals people accepted at that raw confidence. */
@ExtendWith(DatabaseExtension.class)
class CalibrationTest {

    private final PlatformTestDatabase database;
    private MemoryFixture fixture;
    private Caller alice;
    private Caller bob;

    CalibrationTest(PlatformTestDatabase database) {
        this.database = database;
    }

    @BeforeEach
    void start(@TempDir Path data) throws Exception {
        fixture = new MemoryFixture(database, data);
        TenantId tenant = database.newTenant();
        alice = fixture.person(tenant, "alice");
        bob = fixture.person(tenant, "bob");
    }

    @Test
    void anOverconfidentEngineIsCalibratedDownToWhatPeopleAccepted() {
        // 20 proposals at 0.95: 10 approved, 5 edited keeping the action, 5 edited to another action.
        for (int i = 0; i < 20; i++) {
            Approval.Decision decision = i < 10 ? approve(bob, Map.of())
                    : approve(bob, Map.of("draft", "changed"));
            String finalAction = i < 15 ? "refund" : "replace";
            decideAs("sure " + i, 0.95, finalAction, decision, Approval.State.APPROVED);
            if (i == 18) {
                assertThat(fixture.memory.calibrate(alice, AppendingReasoner.ENGINE, 0.95))
                        .as("19 outcomes, below the minimum: raw").isEqualTo(new Calibration(0.95, 0.95, 0));
            }
        }
        // 20 more at 0.55: 4 approved, 16 rejected.
        for (int i = 0; i < 20; i++) {
            decideAs("unsure " + i, 0.55, "refund", i < 4 ? approve(bob, Map.of()) : reject(bob),
                    i < 4 ? Approval.State.APPROVED : Approval.State.REJECTED);
        }

        Calibration high = fixture.memory.calibrate(alice, AppendingReasoner.ENGINE, 0.95);
        Calibration middle = fixture.memory.calibrate(alice, AppendingReasoner.ENGINE, 0.55);

        assertThat(high.outcomes()).isEqualTo(40);
        assertThat(high.calibrated()).isTrue();
        // 15 of 20 accepted, pulled toward 0.95 by a prior worth 2: (15 + 1.9) / 22.
        assertThat(high.confidence()).isCloseTo(16.9 / 22, within(1e-9));
        // 4 of 20: (4 + 1.1) / 22.
        assertThat(middle.confidence()).isCloseTo(5.1 / 22, within(1e-9));
        double previous = 0;
        for (int step = 0; step <= 100; step++) {
            double value = fixture.memory.calibrate(alice, AppendingReasoner.ENGINE, step / 100.0).confidence();
            assertThat(value).as("monotone at %d%%", step).isGreaterThanOrEqualTo(previous);
            previous = value;
        }
    }

    @Test
    void newFeedbackChangesACachedCalibration() {
        for (int i = 0; i < 20; i++) {
            decideAs("case " + i, 0.75, "refund", approve(bob, Map.of()), Approval.State.APPROVED);
        }
        double allAccepted = fixture.memory.calibrate(alice, AppendingReasoner.ENGINE, 0.75).confidence();
        for (int i = 0; i < 10; i++) {
            decideAs("rejected " + i, 0.75, "refund", reject(bob), Approval.State.REJECTED);
        }

        double someRejected = fixture.memory.calibrate(alice, AppendingReasoner.ENGINE, 0.75).confidence();

        assertThat(allAccepted).isCloseTo((20 + 1.5) / 22, within(1e-9));
        assertThat(someRejected).isCloseTo((20 + 1.5) / 32, within(1e-9));
    }

    @Test
    void theSummaryShowsBinsCountsAndTheLearnedState() {
        for (int i = 0; i < 3; i++) {
            decideAs("case " + i, 0.35, "refund", approve(bob, Map.of()), Approval.State.APPROVED);
        }
        decideAs("rejected", 0.81, "refund", reject(bob), Approval.State.REJECTED);

        MemorySummary summary = fixture.memory.summary(alice);

        assertThat(summary.cases()).isEqualTo(4);
        assertThat(summary.byOutcome()).containsOnly(Map.entry("APPROVED", 3), Map.entry("REJECTED", 1));
        assertThat(summary.engines()).singleElement().satisfies(engine -> {
            assertThat(engine.engine()).isEqualTo(AppendingReasoner.ENGINE);
            assertThat(engine.calibration().active()).isFalse();
            assertThat(engine.calibration().bins()).hasSize(10);
            assertThat(engine.calibration().bins().get(3)).satisfies(bin -> {
                assertThat(bin.count()).isEqualTo(3);
                assertThat(bin.observed()).isEqualTo(1.0);
            });
            assertThat(engine.calibration().bins().get(8).observed()).isEqualTo(0.0);
            assertThat(engine.calibration().bins().get(0).observed()).isNull();
            assertThat(engine.learnedState().cases()).isEqualTo(4);
            assertThat(engine.learnedState().bytes()).isPositive();
        });
    }

    private void decideAs(String text, double raw, String finalAction, Approval.Decision decision,
            Approval.State state) {
        var proposed = proposal("refund", Map.of(), "draft", raw);
        var run = java.util.UUID.randomUUID();
        fixture.memory.remember(alice, run, "decide", text, proposed);
        fixture.listener.settled(alice.organization(), fixture.settled(run, state, Map.of("action", finalAction,
                "draft", decision.edits().isEmpty() ? "draft" : "changed"), decision));
    }
}
