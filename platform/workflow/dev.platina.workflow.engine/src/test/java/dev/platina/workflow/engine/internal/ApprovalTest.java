package dev.platina.workflow.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.platina.core.api.AccessDeniedException;
import dev.platina.core.api.ConflictException;
import dev.platina.core.api.InvalidInputException;
import dev.platina.core.api.NotFoundException;
import dev.platina.identity.api.Caller;
import dev.platina.persistence.postgres.internal.PlatformTestDatabase;
import dev.platina.workflow.api.Approval;
import dev.platina.workflow.api.ApprovalDecision;
import dev.platina.workflow.api.ApprovalTier;
import dev.platina.workflow.api.Run;
import dev.platina.workflow.api.RunTask;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ApprovalTest extends EngineTestBase {

    private static final String SEND_MAIL = """
            {"name": "Follow up", "start": "ask", "nodes": [
              {"id": "ask", "type": "approval", "title": "Send follow-up to Jane Doe?",
               "proposal": {"to": "=input.to", "body": "Hello Jane"}, "policy": %s, "next": "send",
               "onReject": "drop"},
              {"id": "send", "type": "step", "step": "data.set", "input": {"sent": "=steps.ask.output.proposal.body"},
               "next": "done"},
              {"id": "drop", "type": "step", "step": "note", "input": {"text": "Not sent"}, "next": "done"},
              {"id": "done", "type": "end"}]}""";

    private Caller user;
    private Caller manager;
    private Caller admin;

    ApprovalTest(PlatformTestDatabase database) {
        super(database);
    }

    @BeforeEach
    void people() {
        user = fixture.person("rep", "User");
        manager = fixture.person("boss", "Manager");
        admin = fixture.person("chief", "Admin");
    }

    @Test
    void anApprovalHoldsTheRunUntilApprovedThenTheRunContinuesAtOnce() throws Exception {
        UUID run = startRun(SEND_MAIL.formatted("{}"), Map.of("to", "jane@globex.example"));
        Approval pending = awaitPending(run);

        assertThat(pending.title()).isEqualTo("Send follow-up to Jane Doe?");
        assertThat(pending.proposal()).isEqualTo(Map.of("to", "jane@globex.example", "body", "Hello Jane"));
        Thread.sleep(300);
        assertThat(fixture.runs.get(fixture.manager, run).state()).as("held").isEqualTo(Run.State.RUNNING);
        assertThat(task(fixture.runs.get(fixture.manager, run), "ask").state()).isEqualTo(RunTask.State.PARKED);

        Approval decided = fixture.approvals.decide(user, pending.id(), approve("Looks right"));

        assertThat(decided.state()).isEqualTo(Approval.State.APPROVED);
        assertThat(decided.decisions()).singleElement().satisfies(d -> {
            assertThat(d.username()).isEqualTo("rep");
            assertThat(d.comment()).contains("Looks right");
        });
        Run finished = fixture.awaitEnd(run, PATIENCE);
        assertThat(finished.state()).isEqualTo(Run.State.COMPLETED);
        assertThat(nodes(finished)).containsExactly("ask", "send", "done");
        assertThat(task(finished, "ask").output().orElseThrow()).containsEntry("decision", "APPROVED");
        assertThat(task(finished, "send").output()).contains(Map.of("sent", "Hello Jane"));
        assertThat(fixture.approvals.list(user, Approval.State.PENDING, 50, null).items()).isEmpty();
    }

    @Test
    void aRejectionTakesTheRejectPath() throws Exception {
        UUID run = startRun(SEND_MAIL.formatted("{}"), Map.of("to", "jane@globex.example"));
        Approval pending = awaitPending(run);

        fixture.approvals.decide(user, pending.id(), new ApprovalDecision(Approval.Verdict.REJECT,
                Optional.of("Wrong person"), Map.of()));

        Run finished = fixture.awaitEnd(run, PATIENCE);
        assertThat(nodes(finished)).containsExactly("ask", "drop", "done");
        assertThat(task(finished, "ask").output().orElseThrow()).containsEntry("decision", "REJECTED")
                .containsEntry("approved", false);
        assertThatThrownBy(() -> fixture.approvals.decide(manager, pending.id(), approve(null)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("no longer pending");
    }

    @Test
    void anExpiredTaskEscalatesOnceThenIsRejected() throws Exception {
        UUID run = startRun(SEND_MAIL.formatted("{\"roles\": [\"User\"], \"escalateTo\": [\"Manager\"]}")
                .replace("\"next\": \"send\",", "\"next\": \"send\", \"expiresAfter\": \"PT1H\", \"onExpire\":"
                        + " \"escalate\","), Map.of("to", "jane@globex.example"));
        Approval pending = awaitPending(run);
        assertThat(pending.expiresAt().orElseThrow()).isAfter(Instant.now().plus(Duration.ofMinutes(59)));
        assertThat(fixture.approvals.list(manager, Approval.State.PENDING, 50, null).items())
                .as("not yet for the escalation role").isEmpty();
        assertThatThrownBy(() -> fixture.approvals.decide(manager, pending.id(), approve(null)))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("the role User");

        expireNow(pending.id());
        fixture.engine.approvals().expireDue();

        Approval escalated = fixture.approvals.get(manager, pending.id());
        assertThat(escalated.escalated()).isTrue();
        assertThat(escalated.state()).isEqualTo(Approval.State.PENDING);
        assertThat(escalated.expiresAt().orElseThrow()).isAfter(Instant.now().plus(Duration.ofMinutes(59)));
        assertThat(fixture.approvals.list(manager, Approval.State.PENDING, 50, null).items())
                .extracting(Approval::id).containsExactly(pending.id());
        assertThat(fixture.runs.get(fixture.manager, run).state()).isEqualTo(Run.State.RUNNING);

        expireNow(pending.id());
        fixture.engine.approvals().expireDue();

        assertThat(fixture.approvals.get(manager, pending.id()).state()).isEqualTo(Approval.State.EXPIRED);
        Run finished = fixture.awaitEnd(run, PATIENCE);
        assertThat(nodes(finished)).containsExactly("ask", "drop", "done");
        assertThat(task(finished, "ask").output().orElseThrow()).containsEntry("decision", "EXPIRED");
    }

    @Test
    void listenersHearOfATaskWhenItOpensAndWhenItEscalatesAndLearnWhoMayDecide() throws Exception {
        var heard = new java.util.concurrent.LinkedBlockingQueue<String>();
        fixture.engine.addApprovalListener((organization, approvalId, escalated) -> heard.add(organization.value()
                + "/" + approvalId + "/" + escalated));
        UUID run = startRun(SEND_MAIL.formatted("{\"roles\": [\"User\"], \"escalateTo\": [\"Manager\"]}")
                .replace("\"next\": \"send\",", "\"next\": \"send\", \"expiresAfter\": \"PT1H\", \"onExpire\":"
                        + " \"escalate\","), Map.of("to", "jane@globex.example"));
        Approval pending = awaitPending(run);

        assertThat(heard.poll(10, java.util.concurrent.TimeUnit.SECONDS))
                .isEqualTo(fixture.tenant.value() + "/" + pending.id() + "/false");
        assertThat(fixture.approvals.mayDecide(user, pending.id())).isTrue();
        assertThat(fixture.approvals.mayDecide(manager, pending.id())).isFalse();

        expireNow(pending.id());
        fixture.engine.approvals().expireDue();

        assertThat(heard.poll(10, java.util.concurrent.TimeUnit.SECONDS))
                .isEqualTo(fixture.tenant.value() + "/" + pending.id() + "/true");
        assertThat(fixture.approvals.mayDecide(manager, pending.id())).isTrue();
        fixture.approvals.decide(user, pending.id(), approve(null));
        assertThat(fixture.approvals.mayDecide(manager, pending.id())).as("decided").isFalse();
    }

    @Test
    void anExpiredTaskThatRejectsTakesTheRejectPathAtOnce() throws Exception {
        UUID run = startRun(SEND_MAIL.formatted("{}").replace("\"next\": \"send\",",
                "\"next\": \"send\", \"expiresAfter\": \"PT2M\","), Map.of("to", "x@example.com"));
        Approval pending = awaitPending(run);
        fixture.engine.approvals().expireDue();
        assertThat(fixture.approvals.get(user, pending.id()).state()).as("not due yet")
                .isEqualTo(Approval.State.PENDING);

        expireNow(pending.id());
        fixture.engine.approvals().expireDue();

        assertThat(nodes(fixture.awaitEnd(run, PATIENCE))).containsExactly("ask", "drop", "done");
    }

    @Test
    void nApprovalsNeedNDifferentPeople() throws Exception {
        UUID run = startRun(SEND_MAIL.formatted("{\"approvals\": 2}"), Map.of("to", "x@example.com"));
        Approval pending = awaitPending(run);

        Approval first = fixture.approvals.decide(user, pending.id(), approve(null));

        assertThat(first.state()).isEqualTo(Approval.State.PENDING);
        assertThat(fixture.approvals.list(user, Approval.State.PENDING, 50, null).items()).as("decided by them")
                .isEmpty();
        assertThat(fixture.approvals.list(manager, Approval.State.PENDING, 50, null).items()).hasSize(1);
        assertThatThrownBy(() -> fixture.approvals.decide(user, pending.id(), approve(null)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("1 more approval");
        Approval second = fixture.approvals.decide(manager, pending.id(), approve(null));
        assertThat(second.state()).isEqualTo(Approval.State.APPROVED);
        assertThat(second.decisions()).extracting(Approval.Decision::username).containsExactly("rep", "boss");
        assertThat(nodes(fixture.awaitEnd(run, PATIENCE))).containsExactly("ask", "send", "done");
    }

    @Test
    void approversEditTheProposalOnlyWhereThePolicyAllows() throws Exception {
        UUID editable = startRun(SEND_MAIL.formatted("{\"editable\": true}"), Map.of("to", "x@example.com"));
        Approval pending = awaitPending(editable);

        assertThatThrownBy(() -> fixture.approvals.decide(user, pending.id(), new ApprovalDecision(
                Approval.Verdict.APPROVE, Optional.empty(), Map.of("bcc", "me@example.com"))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors()).containsKey("edits.bcc"));
        fixture.approvals.decide(user, pending.id(), new ApprovalDecision(Approval.Verdict.APPROVE, Optional.empty(),
                Map.of("body", "Hello Jane, as promised")));

        Run finished = fixture.awaitEnd(editable, PATIENCE);
        assertThat(task(finished, "send").output()).contains(Map.of("sent", "Hello Jane, as promised"));
        assertThat(fixture.approvals.get(user, pending.id()).decisions().get(0).edits())
                .isEqualTo(Map.of("body", "Hello Jane, as promised"));

        UUID fixed = startRun(SEND_MAIL.formatted("{}"), Map.of("to", "x@example.com"));
        Approval notEditable = awaitPending(fixed);
        assertThatThrownBy(() -> fixture.approvals.decide(user, notEditable.id(), new ApprovalDecision(
                Approval.Verdict.APPROVE, Optional.empty(), Map.of("body", "Changed"))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("does not allow changes");
        assertThat(fixture.approvals.get(user, notEditable.id()).state()).isEqualTo(Approval.State.PENDING);
    }

    @Test
    void theOrganisationsTiersRaiseWhoMayDecideByAmount() throws Exception {
        fixture.approvals.replaceTiers(admin, List.of(new ApprovalTier(new BigDecimal("1000"), "Admin"),
                new ApprovalTier(new BigDecimal("100"), "Manager")));
        assertThat(fixture.approvals.tiers(user)).extracting(ApprovalTier::role).containsExactly("Manager", "Admin");
        String payment = """
                {"name": "Pay", "start": "ask", "nodes": [
                  {"id": "ask", "type": "approval", "title": "Pay the invoice", "amount": "=input.amount",
                   "proposal": {"amount": "=input.amount"}, "next": "done", "onReject": "done"},
                  {"id": "done", "type": "end"}]}""";
        UUID workflow = fixture.save(payment);

        Approval small = awaitPending(fixture.runs.start(fixture.manager, workflow, Map.of("amount", 50)).id());
        Approval medium = awaitPending(fixture.runs.start(fixture.manager, workflow, Map.of("amount", 500)).id());
        Approval large = awaitPending(fixture.runs.start(fixture.manager, workflow, Map.of("amount", 5000)).id());

        assertThat(small.requiredRole()).isEmpty();
        assertThat(medium.requiredRole()).contains("Manager");
        assertThat(large.requiredRole()).contains("Admin");
        assertThat(fixture.approvals.list(user, Approval.State.PENDING, 50, null).items()).extracting(Approval::id)
                .containsExactly(small.id());
        assertThat(fixture.approvals.list(manager, Approval.State.PENDING, 50, null).items())
                .extracting(Approval::id).containsExactly(small.id(), medium.id());
        assertThatThrownBy(() -> fixture.approvals.decide(user, medium.id(), approve(null)))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("ask a Manager");
        assertThatThrownBy(() -> fixture.approvals.decide(manager, large.id(), approve(null)))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("ask a Admin");
        assertThat(fixture.approvals.decide(admin, medium.id(), approve(null)).state())
                .as("an Admin ranks above a Manager").isEqualTo(Approval.State.APPROVED);
        assertThat(fixture.approvals.decide(admin, large.id(), approve(null)).state())
                .isEqualTo(Approval.State.APPROVED);
        assertThatThrownBy(() -> fixture.approvals.replaceTiers(admin, List.of(new ApprovalTier(BigDecimal.TEN,
                "Nobody")))).isInstanceOf(InvalidInputException.class).hasMessageContaining("not a role");
        assertThatThrownBy(() -> fixture.approvals.replaceTiers(manager, List.of()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void namedUsersDecideAndOthersDoNot() throws Exception {
        UUID run = startRun(SEND_MAIL.formatted("{\"users\": [\"boss\"]}"), Map.of("to", "x@example.com"));
        Approval pending = awaitPending(run);

        assertThat(fixture.approvals.list(user, Approval.State.PENDING, 50, null).items()).isEmpty();
        assertThatThrownBy(() -> fixture.approvals.decide(user, pending.id(), approve(null)))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("boss");
        assertThat(fixture.approvals.decide(manager, pending.id(), approve(null)).state())
                .isEqualTo(Approval.State.APPROVED);
    }

    @Test
    void cancellingTheRunCancelsItsApproval() throws Exception {
        UUID run = startRun(SEND_MAIL.formatted("{}"), Map.of("to", "x@example.com"));
        Approval pending = awaitPending(run);

        fixture.runs.cancel(fixture.manager, run);

        assertThat(fixture.approvals.get(user, pending.id()).state()).isEqualTo(Approval.State.CANCELLED);
        assertThatThrownBy(() -> fixture.approvals.decide(user, pending.id(), approve(null)))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void anotherOrganisationNeitherSeesNorDecidesTheTask() throws Exception {
        UUID run = startRun(SEND_MAIL.formatted("{}"), Map.of("to", "x@example.com"));
        Approval pending = awaitPending(run);
        try (var other = new EngineFixture(database, "node-" + UUID.randomUUID())) {
            Caller stranger = other.person("rep", "Admin");

            assertThat(other.approvals.list(stranger, Approval.State.PENDING, 50, null).items()).isEmpty();
            assertThatThrownBy(() -> other.approvals.get(stranger, pending.id()))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> other.approvals.decide(stranger, pending.id(), approve(null)))
                    .isInstanceOf(NotFoundException.class);
        }
        assertThat(fixture.approvals.get(user, pending.id()).state()).isEqualTo(Approval.State.PENDING);
    }

    @Test
    void theInboxPagesWithACursor() throws Exception {
        UUID workflow = fixture.save(SEND_MAIL.formatted("{}"));
        for (int i = 0; i < 5; i++) {
            awaitPending(fixture.runs.start(fixture.manager, workflow, Map.of("to", i + "@example.com")).id());
        }
        var first = fixture.approvals.list(user, Approval.State.PENDING, 3, null);
        var second = fixture.approvals.list(user, Approval.State.PENDING, 3, first.nextCursor());

        assertThat(first.items()).hasSize(3);
        assertThat(first.nextCursor()).isNotNull();
        assertThat(second.items()).hasSize(2);
        assertThat(second.nextCursor()).isNull();
        assertThat(second.items()).extracting(Approval::id).doesNotContainAnyElementsOf(first.items().stream()
                .map(Approval::id).toList());
        assertThatThrownBy(() -> fixture.approvals.list(user, Approval.State.PENDING, 3, "garbage"))
                .isInstanceOf(InvalidInputException.class);
    }

    private UUID startRun(String definition, Map<String, Object> input) {
        return fixture.runs.start(fixture.manager, fixture.save(definition), input).id();
    }

    /** The run's approval task once it is open, found whoever may decide it. */
    private Approval awaitPending(UUID runId) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            try (Connection owner = database.owner(); PreparedStatement query = owner.prepareStatement(
                    "SELECT id FROM platina.approval_task WHERE run_id = ? AND state = 'PENDING'")) {
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

    private void expireNow(UUID approvalId) throws Exception {
        try (Connection owner = database.owner(); PreparedStatement update = owner.prepareStatement(
                "UPDATE platina.approval_task SET expires_at = now() - interval '1 second' WHERE id = ?")) {
            update.setObject(1, approvalId);
            assertThat(update.executeUpdate()).isOne();
        }
    }

    private static ApprovalDecision approve(String comment) {
        return new ApprovalDecision(Approval.Verdict.APPROVE, Optional.ofNullable(comment), Map.of());
    }

    private static List<String> nodes(Run run) {
        return run.tasks().stream().map(RunTask::nodeId).toList();
    }

    private static RunTask task(Run run, String node) {
        return run.tasks().stream().filter(t -> t.nodeId().equals(node)).findFirst()
                .orElseThrow(() -> new AssertionError("No task " + node + " in " + run));
    }
}
