package dev.platina.ai.learning.internal;

import static dev.platina.ai.learning.internal.MemoryFixture.approve;
import static dev.platina.ai.learning.internal.MemoryFixture.proposal;
import static dev.platina.ai.learning.internal.MemoryFixture.reject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.platina.ai.api.PastCase;
import dev.platina.ai.api.Proposal;
import dev.platina.ai.api.Recollection;
import dev.platina.core.api.AccessDeniedException;
import dev.platina.identity.api.Caller;
import dev.platina.identity.api.Permission;
import dev.platina.persistence.api.TenantId;
import dev.platina.persistence.postgres.internal.DatabaseExtension;
import dev.platina.persistence.postgres.internal.PlatformTestDatabase;
import dev.platina.workflow.api.Approval;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Settled approvals become masked, pseudonymised cases with the right outcome, and feed the engine's model. */
@ExtendWith(DatabaseExtension.class)
class FeedbackTest {

    private static final String MAIL = "Hello, my kettle arrived broken. Please refund me to IBAN"
            + " DE89 3704 0044 0532 0130 00 and confirm to jane.doe@example.com.\nKind regards,\nJane Doe";

    private final PlatformTestDatabase database;
    private MemoryFixture fixture;
    private TenantId tenant;
    private Caller alice;
    private Caller bob;

    FeedbackTest(PlatformTestDatabase database) {
        this.database = database;
    }

    @BeforeEach
    void start(@TempDir Path data) throws Exception {
        fixture = new MemoryFixture(database, data);
        tenant = database.newTenant();
        alice = fixture.person(tenant, "alice");
        bob = fixture.person(tenant, "bob");
    }

    private static Proposal refund() {
        return proposal("refund", Map.of("email", "jane.doe@example.com", "iban", "DE89 3704 0044 0532 0130 00"),
                "Dear Jane Doe, we refund your kettle to DE89 3704 0044 0532 0130 00.", 0.8);
    }

    @Test
    void storedRowsHoldPlaceholdersNeverTheCustomersData() throws Exception {
        UUID run = UUID.randomUUID();
        fixture.memory.remember(alice, run, "decide", MAIL, refund());

        assertThat(String.join(" ", fixture.rowsAsText(tenant))).contains("[EMAIL_1]", "[IBAN_1]", "[NAME_1]")
                .doesNotContain("jane.doe", "example.com", "3704", "Jane", "Doe");

        fixture.listener.settled(tenant, fixture.settled(run, Approval.State.APPROVED, MemoryFixture.view(refund()),
                approve(bob, Map.of())));

        assertThat(String.join(" ", fixture.rowsAsText(tenant))).doesNotContain("jane.doe", "3704", "Jane", "Doe");
        assertThat(fixture.count("SELECT count(*) FROM platina.ai_pending_proposal WHERE tenant_id = ?", tenant))
                .as("the settled proposal and its sealed placeholder table are gone").isZero();
        PastCase stored = fixture.memory.recall(alice, AppendingReasoner.ENGINE, 10).cases().get(0);
        assertThat(stored.text()).contains("IBAN [IBAN_1]", "to [EMAIL_1].", "Kind regards,\n[NAME_1]");
        assertThat(stored.parameters()).containsEntry("email", "[EMAIL_1]").containsEntry("iban", "[IBAN_1]");
        assertThat(stored.draft()).isEqualTo("Dear [NAME_1], we refund your kettle to [IBAN_1].");
        assertThat(stored.outcome()).isEqualTo(PastCase.Outcome.APPROVED);
    }

    @Test
    void reviewersArePseudonymsNeitherNamesNorIds() throws Exception {
        fixture.decide(alice, MAIL, refund(), Approval.State.APPROVED, approve(bob, Map.of()));
        fixture.decide(alice, MAIL, refund(), Approval.State.REJECTED, reject(bob));

        String rows = String.join(" ", fixture.rowsAsText(tenant));
        assertThat(rows).doesNotContain("bob", "alice", bob.userId().toString(), alice.userId().toString());
        assertThat(fixture.count("SELECT count(DISTINCT reviewers) FROM platina.ai_case WHERE tenant_id = ?",
                tenant)).as("the same person, the same pseudonym").isEqualTo(1);
        assertThat(fixture.count("SELECT count(*) FROM platina.ai_case WHERE tenant_id = ? AND"
                + " length(reviewers[1]) = 43", tenant)).as("an HMAC-SHA256 in base64url").isEqualTo(2);
    }

    @Test
    void approveEditAndRejectBecomeTheirOutcomes() {
        fixture.decide(alice, MAIL, refund(), Approval.State.APPROVED, approve(bob, Map.of()));
        fixture.decide(alice, MAIL, refund(), Approval.State.REJECTED, reject(bob));
        UUID edited = UUID.randomUUID();
        fixture.memory.remember(alice, edited, "decide", MAIL, refund());
        Map<String, Object> afterEdits = Map.of("action", "replace", "parameters", Map.of("email",
                "jane.doe@example.com", "count", 2), "draft", "Dear Jane Doe, a new kettle is on its way to you."
                        + " Write to jane.doe@example.com if not.", "confidence", 0.8);
        fixture.listener.settled(tenant, fixture.settled(edited, Approval.State.APPROVED, afterEdits,
                approve(bob, Map.of("action", "replace", "draft", "Dear Jane Doe, a new kettle..."))));

        Recollection recalled = fixture.memory.recall(alice, AppendingReasoner.ENGINE, 10);

        assertThat(recalled.cases()).extracting(PastCase::outcome).containsExactly(PastCase.Outcome.EDITED,
                PastCase.Outcome.REJECTED, PastCase.Outcome.APPROVED);
        PastCase edit = recalled.cases().get(0);
        assertThat(edit.action()).isEqualTo("replace");
        assertThat(edit.parameters()).containsOnly(Map.entry("email", "[EMAIL_1]"), Map.entry("count", "2"));
        assertThat(edit.draft()).isEqualTo("Dear [NAME_1], a new kettle is on its way to you. Write to [EMAIL_1]"
                + " if not.");
        assertThat(edit.text()).contains("[EMAIL_1]", "[IBAN_1]", "[NAME_1]");
        PastCase rejected = recalled.cases().get(1);
        assertThat(rejected.action()).isEqualTo("refund");
        assertThat(rejected.draft()).isEqualTo("Dear [NAME_1], we refund your kettle to [IBAN_1].");
        assertThat(AppendingReasoner.learnt(recalled.learnedState())).containsExactly(
                recalled.cases().get(2).id(), rejected.id(), edit.id());
        assertThat(new String(recalled.learnedState(), StandardCharsets.UTF_8))
                .contains(edit.id() + " EDITED refund");
    }

    @Test
    void anEditedToolCallIsStoredAsTheToolWithItsArguments() {
        UUID run = UUID.randomUUID();
        fixture.memory.remember(alice, run, "decide", "Where is order A-17?", proposal("lookup-order",
                Map.of("order", "A-17"), "", 0.6));
        Map<String, Object> afterEdits = Map.of("action", "mcp.call", "parameters", Map.of("tool", "lookup-order",
                "arguments", Map.of("order", "A-71")), "proposed", "lookup-order");

        fixture.listener.settled(tenant, fixture.settled(run, Approval.State.APPROVED, afterEdits,
                approve(bob, Map.of("parameters", Map.of("tool", "lookup-order", "arguments", Map.of("order",
                        "A-71"))))));

        PastCase stored = fixture.memory.recall(alice, AppendingReasoner.ENGINE, 1).cases().get(0);
        assertThat(stored.outcome()).isEqualTo(PastCase.Outcome.EDITED);
        assertThat(stored.action()).isEqualTo("lookup-order");
        assertThat(stored.parameters()).containsOnly(Map.entry("order", "A-71"));
    }

    @Test
    void autoApprovedExpiredAndCancelledTasksTeachNothing() throws Exception {
        Approval.Decision auto = new Approval.Decision(SettledApproval.AUTO_APPROVER, Approval.Verdict.APPROVE,
                Optional.of("confidence 0.95 >= threshold 0.9"), Map.of(), Instant.now());
        UUID run = fixture.decide(alice, MAIL, refund(), Approval.State.APPROVED, auto);
        fixture.decide(alice, MAIL, refund(), Approval.State.EXPIRED);
        fixture.decide(alice, MAIL, refund(), Approval.State.CANCELLED);
        // A later approval in the same run finds nothing pending: the auto-approved proposal was resolved.
        fixture.listener.settled(tenant, fixture.settled(run, Approval.State.APPROVED, MemoryFixture.view(refund()),
                approve(bob, Map.of())));

        assertThat(fixture.count("SELECT count(*) FROM platina.ai_case WHERE tenant_id = ?", tenant)).isZero();
        assertThat(fixture.count("SELECT count(*) FROM platina.ai_pending_proposal WHERE tenant_id = ?", tenant))
                .isZero();
        assertThat(fixture.memory.recall(alice, AppendingReasoner.ENGINE, 10).learnedState()).isEmpty();
    }

    @Test
    void theRunsLatestProposalBeforeTheApprovalIsTheOneDecided() {
        UUID run = UUID.randomUUID();
        fixture.memory.remember(alice, run, "decide", "first try", proposal("refund", Map.of(), "", 0.3));
        fixture.memory.remember(alice, run, "decide", "second try", proposal("replace", Map.of(), "", 0.6));
        Approval approval = fixture.settled(run, Approval.State.APPROVED, Map.of("action", "replace"),
                approve(bob, Map.of()));
        fixture.memory.remember(alice, run, "decide", "after the approval", proposal("refund", Map.of(), "", 0.9));

        fixture.listener.settled(tenant, approval);

        assertThat(fixture.memory.recall(alice, AppendingReasoner.ENGINE, 10).cases()).singleElement()
                .satisfies(c -> assertThat(c.text()).isEqualTo("second try"));
    }

    @Test
    void aProposalWhoseRunNeverReachedAnApprovalIsForgottenAfterNinetyDays() throws Exception {
        fixture.memory.remember(alice, UUID.randomUUID(), "decide", "lost run", refund());
        fixture.clock.jump(java.time.Duration.ofDays(89));
        fixture.memory.remember(alice, UUID.randomUUID(), "decide", "still waiting", refund());
        assertThat(fixture.count("SELECT count(*) FROM platina.ai_pending_proposal WHERE tenant_id = ?", tenant))
                .isEqualTo(2);

        fixture.clock.jump(java.time.Duration.ofDays(2));
        fixture.memory.remember(alice, UUID.randomUUID(), "decide", "new", refund());

        assertThat(fixture.count("SELECT count(*) FROM platina.ai_pending_proposal WHERE tenant_id = ?", tenant))
                .isEqualTo(2);
        assertThat(fixture.count("SELECT count(*) FROM platina.ai_pending_proposal WHERE tenant_id = ? AND"
                + " text = 'lost run'", tenant)).isZero();
    }

    @Test
    void withoutItsEngineTheCaseIsKeptAndTheModelCatchesUpWhenTheEngineIsBack() {
        fixture.reasoners.removeReasoner(fixture.reasoner, Map.of("engine", AppendingReasoner.ENGINE));
        fixture.decide(alice, MAIL, refund(), Approval.State.APPROVED, approve(bob, Map.of()));
        assertThat(fixture.memory.recall(alice, AppendingReasoner.ENGINE, 10).learnedState()).isEmpty();

        fixture.reasoners.addReasoner(fixture.reasoner, Map.of("engine", AppendingReasoner.ENGINE));
        Recollection recalled = fixture.memory.recall(alice, AppendingReasoner.ENGINE, 10);

        assertThat(AppendingReasoner.learnt(recalled.learnedState())).containsExactly(recalled.cases().get(0).id());
    }

    @Test
    void recallIsCappedAndNeedsTheRunPermission() {
        for (int i = 0; i < 3; i++) {
            fixture.decide(alice, "case " + i, proposal("refund", Map.of(), "", 0.5), Approval.State.APPROVED,
                    approve(bob, Map.of()));
        }
        assertThat(fixture.memory.recall(alice, AppendingReasoner.ENGINE, 2).cases()).extracting(PastCase::text)
                .containsExactly("case 2", "case 1");
        assertThat(fixture.memory.recall(alice, AppendingReasoner.ENGINE, Integer.MAX_VALUE).cases()).hasSize(3);

        Caller viewer = new Caller(tenant, UUID.randomUUID(), "viewer", Set.of("Viewer"),
                Set.of(Permission.WORKFLOWS_READ), Caller.Kind.USER, "test");
        assertThatThrownBy(() -> fixture.memory.recall(viewer, AppendingReasoner.ENGINE, 10))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("workflows:run");
        assertThatThrownBy(() -> fixture.memory.remember(viewer, UUID.randomUUID(), "decide", "x", refund()))
                .isInstanceOf(AccessDeniedException.class);
    }
}
