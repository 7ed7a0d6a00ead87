package dev.platina.workflow.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.platina.core.api.InvalidInputException;
import dev.platina.identity.api.Caller;
import dev.platina.persistence.postgres.internal.PlatformTestDatabase;
import dev.platina.workflow.api.EventReceipt;
import dev.platina.workflow.api.PlatformEvent;
import dev.platina.workflow.api.Run;
import dev.platina.workflow.api.RunTask;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventTriggerTest extends EngineTestBase {


    EventTriggerTest(PlatformTestDatabase database) {
        super(database);
    }

    @Test
    void anEventStartsItsWorkflowOnceEvenWhenPublishedTwice() throws Exception {
        UUID workflow = fixture.save(onEvent("crm.lead.created", null));
        var event = new PlatformEvent("crm.lead.created", "lead-" + UUID.randomUUID(),
                Instant.parse("2025-05-01T10:00:00Z"), Map.of("name", "Ada", "score", 7));

        EventReceipt first = fixture.events.publish(fixture.manager, event);
        EventReceipt again = fixture.events.publish(fixture.manager, event);

        assertThat(first.alreadyReceived()).isFalse();
        assertThat(first.startedRuns()).hasSize(1);
        assertThat(again.alreadyReceived()).isTrue();
        assertThat(again.startedRuns()).isEmpty();
        assertThat(fixture.runsOf(fixture.manager, workflow)).hasSize(1);
        Run run = fixture.awaitEnd(first.startedRuns().get(0), PATIENCE);
        assertThat(run.state()).isEqualTo(Run.State.COMPLETED);
        assertThat(run.input()).containsEntry("name", "Ada");
        assertThat(task(run, "note").output()).contains(Map.of("kind", "event", "eventId", event.id(),
                "name", "Ada", "occurredAt", "2025-05-01T10:00:00Z"));
    }

    @Test
    void theFilterDecidesWhichEventsStartTheWorkflow() throws Exception {
        UUID workflow = fixture.save(onEvent("crm.lead.created", "event.data.score > 5 && input.name != 'spam'"));

        EventReceipt low = fixture.events.publish(fixture.manager, lead(Map.of("name", "Bob", "score", 3)));
        EventReceipt spam = fixture.events.publish(fixture.manager, lead(Map.of("name", "spam", "score", 9)));
        EventReceipt high = fixture.events.publish(fixture.manager, lead(Map.of("name", "Cy", "score", 9)));
        EventReceipt otherType = fixture.events.publish(fixture.manager, new PlatformEvent("crm.lead.deleted",
                UUID.randomUUID().toString(), Instant.now(), Map.of("name", "Dee", "score", 9)));

        assertThat(low.startedRuns()).isEmpty();
        assertThat(spam.startedRuns()).isEmpty();
        assertThat(otherType.startedRuns()).isEmpty();
        assertThat(high.startedRuns()).hasSize(1);
        assertThat(fixture.runsOf(fixture.manager, workflow)).extracting(Run::id)
                .containsExactlyElementsOf(high.startedRuns());
    }

    @Test
    void anotherOrganisationsEventDoesNotStartTheWorkflow() throws Exception {
        UUID workflow = fixture.save(onEvent("crm.lead.created", null));
        Caller otherManager = EngineFixture.managerIn(database.newTenant());

        EventReceipt foreign = fixture.events.publish(otherManager, lead(Map.of("name", "Eve", "score", 9)));

        assertThat(foreign.startedRuns()).isEmpty();
        assertThat(fixture.runsOf(fixture.manager, workflow)).isEmpty();
        // The same event id in its own organisation is a first receipt, not a repeat of the other's.
        EventReceipt own = fixture.events.publish(fixture.manager, new PlatformEvent("crm.lead.created",
                "shared-" + UUID.randomUUID(), Instant.now(), Map.of()));
        EventReceipt sameIdElsewhere = fixture.events.publish(otherManager, new PlatformEvent("crm.lead.created",
                own.eventId(), Instant.now(), Map.of()));
        assertThat(own.startedRuns()).hasSize(1);
        assertThat(sameIdElsewhere.alreadyReceived()).isFalse();
    }

    @Test
    void aWaitResumesOnlyOnAnEventOfItsTypeForWhichItsMatchHolds() throws Exception {
        UUID workflow = fixture.save("""
                {"name": "Wait for payment", "start": "pay", "nodes": [
                  {"id": "pay", "type": "wait", "event": "billing.payment.received",
                   "match": "event.data.invoice == input.invoice", "next": "thanks"},
                  {"id": "thanks", "type": "step", "step": "data.set",
                   "input": {"paid": "=steps.pay.event.data.amount", "via": "=steps.pay.output.id"}, "next": "done"},
                  {"id": "done", "type": "end"}]}""");
        Run run = fixture.runs.start(fixture.manager, workflow, Map.of("invoice", "INV-1"));
        awaitWaiting(run.id());

        EventReceipt otherType = fixture.events.publish(fixture.manager, new PlatformEvent("billing.invoice.sent",
                "e-" + UUID.randomUUID(), Instant.now(), Map.of("invoice", "INV-1", "amount", 1)));
        EventReceipt otherInvoice = fixture.events.publish(fixture.manager, payment("INV-2", 20));
        assertThat(otherType.resumedWaits()).isZero();
        assertThat(otherInvoice.resumedWaits()).isZero();
        assertThat(fixture.runs.get(fixture.manager, run.id()).state()).isEqualTo(Run.State.RUNNING);

        PlatformEvent paid = payment("INV-1", 120);
        EventReceipt matching = fixture.events.publish(fixture.manager, paid);
        EventReceipt later = fixture.events.publish(fixture.manager, payment("INV-1", 5));

        assertThat(matching.resumedWaits()).isEqualTo(1);
        assertThat(later.resumedWaits()).as("a wait resumes once").isZero();
        Run done = fixture.awaitEnd(run.id(), PATIENCE);
        assertThat(done.state()).isEqualTo(Run.State.COMPLETED);
        assertThat(task(done, "thanks").output()).contains(Map.of("paid", 120, "via", paid.id()));
    }

    @Test
    void anEventInAnotherOrganisationDoesNotResumeAWait() throws Exception {
        UUID workflow = fixture.save("""
                {"name": "Wait", "start": "hold", "nodes": [
                  {"id": "hold", "type": "wait", "event": "billing.payment.received", "next": "done"},
                  {"id": "done", "type": "end"}]}""");
        Run run = fixture.runs.start(fixture.manager, workflow, Map.of());
        awaitWaiting(run.id());
        Caller otherManager = EngineFixture.managerIn(database.newTenant());

        assertThat(fixture.events.publish(otherManager, payment("INV-1", 1)).resumedWaits()).isZero();
        assertThat(fixture.runs.get(fixture.manager, run.id()).state()).isEqualTo(Run.State.RUNNING);
    }

    @Test
    void malformedEventsAreRefusedNamingTheField() {
        assertThatThrownBy(() -> fixture.events.publish(fixture.manager, new PlatformEvent("LeadCreated", "",
                Instant.now(), Map.of()))).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(
                        e.fieldErrors()).containsOnlyKeys("type", "id"));
        String large = "x".repeat(70 * 1024);
        assertThatThrownBy(() -> fixture.events.publish(fixture.manager, new PlatformEvent("crm.lead.created", "big",
                Instant.now(), Map.of("blob", large)))).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors().get("data")).contains("at most 65536 bytes (64 KiB)"));
    }

    private void awaitWaiting(UUID runId) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            Run run = fixture.runs.get(fixture.manager, runId);
            if (run.tasks().stream().anyMatch(t -> t.state() == RunTask.State.WAITING)) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("Run " + runId + " never waited");
    }

    private static String onEvent(String type, String filter) {
        return """
                {"name": "On lead", "trigger": {"type": "event", "event": "%s"%s}, "start": "note", "nodes": [
                  {"id": "note", "type": "step", "step": "data.set", "input": {"kind": "=trigger.kind",
                   "eventId": "=trigger.event.id", "name": "=input.name", "occurredAt": "=trigger.event.occurredAt"},
                   "next": "done"},
                  {"id": "done", "type": "end"}]}""".formatted(type, filter == null ? ""
                : ", \"filter\": \"" + filter + "\"");
    }

    private static PlatformEvent lead(Map<String, Object> data) {
        return new PlatformEvent("crm.lead.created", UUID.randomUUID().toString(), Instant.now(), data);
    }

    private static PlatformEvent payment(String invoice, int amount) {
        return new PlatformEvent("billing.payment.received", "pay-" + UUID.randomUUID(), Instant.now(),
                Map.of("invoice", invoice, "amount", amount));
    }

    private static RunTask task(Run run, String node) {
        return run.tasks().stream().filter(t -> t.nodeId().equals(node)).findFirst().orElseThrow();
    }
}
