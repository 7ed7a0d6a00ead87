package dev.platina.workflow.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.platina.core.api.InvalidInputException;
import dev.platina.identity.api.Caller;
import dev.platina.persistence.postgres.internal.PlatformTestDatabase;
import dev.platina.workflow.api.Approval;
import dev.platina.workflow.api.ApprovalDecision;
import dev.platina.workflow.api.Run;
import dev.platina.workflow.api.RunTask;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A proposed action (as an AI step or an MCP client makes one) goes through an approval and is then performed by
 * {@code action.perform}: with people's edits, only when approved, and without people when the policy's confidence
 * rule allows it for that action.
 */
class ProposedActionTest extends EngineTestBase {

    /** The proposal comes in with the run, as an AI step's output would. */
    private static final String PROPOSE_AND_PERFORM = """
            {"name": "Proposed action", "start": "approve", "nodes": [
              {"id": "approve", "type": "approval", "title": "Do what was proposed?",
               "proposal": {"action": "=input.action", "parameters": "=input.parameters",
                            "confidence": "=input.confidence"},
               "policy": %s, "next": "perform", "onReject": "done"},
              {"id": "perform", "type": "step", "step": "action.perform", "input": {"approval": "approve"},
               "next": "done"},
              {"id": "done", "type": "end"}]}""";

    private Caller user;
    private Caller admin;
    private final LinkedBlockingQueue<Approval> settled = new LinkedBlockingQueue<>();

    ProposedActionTest(PlatformTestDatabase database) {
        super(database);
    }

    @BeforeEach
    void people() {
        user = fixture.person("rep", "User");
        admin = fixture.person("chief", "Admin");
        fixture.engine.addApprovalOutcomeListener((organization, approval) -> {
            assertThat(organization).isEqualTo(fixture.tenant);
            settled.add(approval);
        });
    }

    @Test
    void anApprovedProposalIsPerformedWithThePeoplesEdits() throws Exception {
        UUID run = start("{\"editable\": true}", "data.set", Map.of("greeting", "Hello"), 0.4);
        Approval pending = awaitPending(run);

        fixture.approvals.decide(user, pending.id(), new ApprovalDecision(Approval.Verdict.APPROVE, Optional.empty(),
                Map.of("parameters", Map.of("greeting", "Good morning"))));

        Run finished = fixture.awaitEnd(run, PATIENCE);
        assertThat(finished.state()).isEqualTo(Run.State.COMPLETED);
        assertThat(task(finished, "perform").output().orElseThrow()).isEqualTo(Map.of("action", "data.set",
                "output", Map.of("greeting", "Good morning")));
        Approval heard = settled.poll(10, TimeUnit.SECONDS);
        assertThat(heard).isNotNull();
        assertThat(heard.id()).isEqualTo(pending.id());
        assertThat(heard.state()).isEqualTo(Approval.State.APPROVED);
        assertThat(heard.proposal()).containsEntry("parameters", Map.of("greeting", "Good morning"));
        assertThat(heard.decisions()).singleElement().satisfies(d -> assertThat(d.edits()).containsKey(
                "parameters"));
    }

    @Test
    void aRejectedProposalIsNeverPerformedAndListenersHearOfIt() throws Exception {
        UUID run = start("{}", "note", Map.of("text", "x"), 0.99);
        Approval pending = awaitPending(run);

        fixture.approvals.decide(user, pending.id(), new ApprovalDecision(Approval.Verdict.REJECT,
                Optional.of("No"), Map.of()));

        Run finished = fixture.awaitEnd(run, PATIENCE);
        assertThat(finished.tasks()).extracting(RunTask::nodeId).containsExactly("approve", "done");
        assertThat(settled.poll(10, TimeUnit.SECONDS).state()).isEqualTo(Approval.State.REJECTED);
    }

    @Test
    void aConfidentProposalOfAnActionWithAThresholdIsApprovedWithoutPeople() throws Exception {
        String policy = "{\"autoApprove\": {\"thresholds\": {\"note\": 0.9}}}";
        UUID confident = start(policy, "note", Map.of("text", "Filed"), 0.93);

        Run finished = fixture.awaitEnd(confident, PATIENCE);
        assertThat(finished.state()).isEqualTo(Run.State.COMPLETED);
        assertThat(task(finished, "perform").output().orElseThrow()).isEqualTo(Map.of("action", "note", "output",
                Map.of("text", "Filed")));
        Approval auto = settled.poll(10, TimeUnit.SECONDS);
        assertThat(auto.state()).isEqualTo(Approval.State.APPROVED);
        assertThat(auto.decisions()).singleElement().satisfies(d -> {
            assertThat(d.username()).isEqualTo("auto-approve");
            assertThat(d.comment().orElseThrow()).isEqualTo(
                    "Confidence 0.93 for 'note' is at or above the threshold 0.9 set for it");
        });
        assertThat(auditActions()).contains("approval.auto-approve");

        UUID unsure = start(policy, "note", Map.of("text", "Filed"), 0.89);
        UUID unlisted = start(policy, "data.set", Map.of("a", 1), 1.0);
        assertThat(awaitPending(unsure).state()).as("below the threshold").isEqualTo(Approval.State.PENDING);
        assertThat(awaitPending(unlisted).state()).as("no threshold for the action")
                .isEqualTo(Approval.State.PENDING);
    }

    @Test
    void theOrganisationsAmountTiersAlwaysLeaveTheDecisionToPeople() throws Exception {
        fixture.approvals.replaceTiers(admin, List.of(new dev.platina.workflow.api.ApprovalTier(
                java.math.BigDecimal.TEN, "Manager")));
        String definition = PROPOSE_AND_PERFORM.formatted("{\"autoApprove\": {\"thresholds\": {\"*\": 0.5}}}")
                .replace("\"title\": \"Do what was proposed?\",",
                        "\"title\": \"Pay\", \"amount\": \"=input.amount\",");
        UUID run = fixture.runs.start(fixture.manager, fixture.save(definition), Map.of("action", "note",
                "parameters", Map.of("text", "Pay"), "confidence", 0.99, "amount", 500)).id();

        assertThat(awaitPending(run).requiredRole()).contains("Manager");
    }

    @Test
    void onlyAnApprovedTaskOfTheSameRunIsPerformed() throws Exception {
        String performAlone = """
                {"name": "Sneaky", "start": "perform", "nodes": [
                  {"id": "perform", "type": "step", "step": "action.perform", "input": {"approval": "approve"},
                   "next": "done"},
                  {"id": "done", "type": "end"}]}""";
        Run failed = fixture.awaitEnd(fixture.runs.start(fixture.manager, fixture.save(performAlone), Map.of())
                .id(), PATIENCE);

        assertThat(failed.state()).isEqualTo(Run.State.FAILED);
        assertThat(failed.error().orElseThrow()).contains("no approval task at 'approve'");
        assertThat(task(failed, "perform").attempts()).as("never retried into happening").isEqualTo(1);
    }

    @Test
    void aConfidenceRuleIsCheckedWhenTheWorkflowIsSaved() {
        assertThatThrownBy(() -> fixture.save(PROPOSE_AND_PERFORM.formatted(
                "{\"autoApprove\": {\"thresholds\": {\"note\": 1.5}}}")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey(
                        "nodes[approve].policy.autoApprove.thresholds.note"));
        assertThatThrownBy(() -> fixture.save(PROPOSE_AND_PERFORM.formatted("{\"autoApprove\": {}}")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey(
                        "nodes[approve].policy.autoApprove.thresholds"));
    }

    private UUID start(String policy, String action, Map<String, Object> parameters, double confidence)
            throws Exception {
        UUID workflow = fixture.save(PROPOSE_AND_PERFORM.formatted(policy));
        return fixture.runs.start(fixture.manager, workflow, Map.of("action", action, "parameters", parameters,
                "confidence", confidence)).id();
    }

    private List<String> auditActions() throws Exception {
        var actions = new java.util.ArrayList<String>();
        try (Connection owner = database.owner(); PreparedStatement query = owner.prepareStatement(
                "SELECT action FROM platina.audit_event WHERE tenant_id = ?")) {
            query.setObject(1, fixture.tenant.value());
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    actions.add(rows.getString(1));
                }
            }
        }
        return actions;
    }

    private Approval awaitPending(UUID runId) throws Exception {
        long until = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < until) {
            try (Connection owner = database.owner(); PreparedStatement query = owner.prepareStatement(
                    "SELECT id FROM platina.approval_task WHERE run_id = ?")) {
                query.setObject(1, runId);
                try (var rows = query.executeQuery()) {
                    if (rows.next()) {
                        return fixture.approvals.get(admin, rows.getObject(1, UUID.class));
                    }
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("No approval opened for run " + fixture.runs.get(fixture.manager, runId));
    }

    private static RunTask task(Run run, String node) {
        return run.tasks().stream().filter(t -> t.nodeId().equals(node)).findFirst()
                .orElseThrow(() -> new AssertionError("No task " + node + " in " + run));
    }
}
