package dev.platina.workflow.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.platina.core.api.InvalidInputException;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DefinitionReaderTest {

    private static final Set<String> INSTALLED = Set.of("note", "data.set", "mail.send");

    @Test
    void aCompleteDefinitionIsReadWithEveryKindOfNode() {
        Definition definition = read("""
                {"name": "Invoice check", "description": "Checks large invoices",
                 "trigger": {"type": "event", "event": "billing.invoice.received", "filter": "input.amount > 0"},
                 "start": "route",
                 "nodes": [
                   {"id": "route", "type": "condition",
                    "branches": [{"when": "input.amount > 1000", "next": "approve"}], "otherwise": "fan"},
                   {"id": "approve", "type": "approval", "title": "Pay a large invoice",
                    "proposal": {"amount": "=input.amount"},
                    "policy": {"roles": ["Manager"], "approvals": 2, "editable": true, "escalateTo": ["Admin"]},
                    "expiresAfter": "P1D", "onExpire": "escalate", "next": "fan", "onReject": "rejected"},
                   {"id": "fan", "type": "parallel", "branches": ["mail", "log"]},
                   {"id": "mail", "type": "step", "step": "mail.send", "input": {"to": "=input.payer"},
                    "retry": {"maxAttempts": 5, "initialDelay": "PT2S"}, "timeout": "PT30S", "next": "both"},
                   {"id": "log", "type": "step", "step": "note", "input": {"text": "Invoice seen"}, "next": "pause"},
                   {"id": "pause", "type": "wait", "duration": "PT1H", "next": "both"},
                   {"id": "both", "type": "join", "mode": "all", "next": "done"},
                   {"id": "done", "type": "end"},
                   {"id": "rejected", "type": "end", "outcome": "failed"}
                 ]}""");

        assertThat(definition.name()).isEqualTo("Invoice check");
        assertThat(definition.trigger()).isInstanceOf(Trigger.Event.class);
        assertThat(definition.nodes()).containsOnlyKeys("route", "approve", "fan", "mail", "log", "pause", "both",
                "done", "rejected");
        Node.Step mail = (Node.Step) definition.node("mail");
        assertThat(mail.retry().maxAttempts()).isEqualTo(5);
        assertThat(mail.retry().initialDelay()).hasSeconds(2);
        Node.Approval approval = (Node.Approval) definition.node("approve");
        assertThat(approval.policy().approvals()).isEqualTo(2);
        assertThat(approval.onExpire()).isEqualTo(Node.ExpiryAction.ESCALATE);
        assertThat(((Node.End) definition.node("rejected")).failed()).isTrue();
    }

    @Test
    void everyProblemIsReportedAtItsPlaceInOneAnswer() {
        assertThat(problems("""
                {"start": "first",
                 "nodes": [
                   {"id": "first", "type": "step", "step": "crm.update", "next": "secnod"},
                   {"id": "second", "type": "step", "step": "note", "timeout": "30 seconds", "next": "end"},
                   {"id": "end", "type": "end"},
                   {"id": "Bad Id", "type": "end"}
                 ]}"""))
                .containsEntry("name", "is required")
                .containsEntry("nodes[first].step", "no step type 'crm.update' is installed; install and enable the"
                        + " skill that provides it")
                .containsEntry("nodes[first].next", "no node 'secnod'; did you mean 'second'?")
                .containsEntry("nodes[second].timeout",
                        "'30 seconds' is not an ISO-8601 duration such as PT30S, PT5M or P1D")
                .containsKey("nodes[3].id");
    }

    @Test
    void anExpressionThatDoesNotCompileIsReportedWhereItIs() {
        assertThat(problems(twoStep("""
                {"id": "a", "type": "condition", "branches": [{"when": "input.amount >", "next": "b"}],
                 "otherwise": "b"}""")))
                .hasEntrySatisfying("nodes[a].branches[0].when", message -> assertThat(message).contains("column"));
        assertThat(problems(twoStep("""
                {"id": "a", "type": "step", "step": "note", "input": {"text": "=secrets.password"}, "next": "b"}""")))
                .hasEntrySatisfying("nodes[a].input.text", message -> assertThat(message)
                        .contains("reads secrets", "input, run, steps, trigger"));
    }

    @Test
    void aTextBeginningWithTwoEqualsSignsIsPlainText() {
        read(twoStep("""
                {"id": "a", "type": "step", "step": "note", "input": {"text": "== not an expression ("}, "next": "b"}"""));
    }

    @Test
    void loopsAreRefusedNamingThePath() {
        assertThat(problems("""
                {"name": "Loop", "start": "a", "nodes": [
                  {"id": "a", "type": "step", "step": "note", "next": "b"},
                  {"id": "b", "type": "condition", "branches": [{"when": "true", "next": "a"}], "otherwise": "c"},
                  {"id": "c", "type": "end"}]}"""))
                .hasEntrySatisfying("nodes[b]", message -> assertThat(message).contains("a → b → a", "loops"));
    }

    @Test
    void anUnreachableNodeIsReported() {
        assertThat(problems("""
                {"name": "Orphan", "start": "a", "nodes": [
                  {"id": "a", "type": "end"}, {"id": "lost", "type": "end"}]}"""))
                .containsEntry("nodes[lost]", "no path from the start leads here; connect it or remove it");
    }

    @Test
    void parallelBranchesMustMeetAtOneJoin() {
        assertThat(problems("""
                {"name": "Split", "start": "fan", "nodes": [
                  {"id": "fan", "type": "parallel", "branches": ["a", "b"]},
                  {"id": "a", "type": "step", "step": "note", "next": "j1"},
                  {"id": "b", "type": "step", "step": "note", "next": "done"},
                  {"id": "j1", "type": "join", "next": "done"},
                  {"id": "done", "type": "end"}]}"""))
                .containsEntry("nodes[fan].branches[1]", "branch 'b' never meets the other branches at a join");
        assertThat(problems("""
                {"name": "Join alone", "start": "a", "nodes": [
                  {"id": "a", "type": "step", "step": "note", "next": "j"},
                  {"id": "j", "type": "join", "next": "done"},
                  {"id": "done", "type": "end"}]}"""))
                .hasEntrySatisfying("nodes[j]", message -> assertThat(message).contains("a join closes a parallel"));
    }

    @Test
    void nestedParallelSectionsAreSteppedThroughTheirOwnJoin() {
        Definition definition = read("""
                {"name": "Nested", "start": "outer", "nodes": [
                  {"id": "outer", "type": "parallel", "branches": ["inner", "c"]},
                  {"id": "inner", "type": "parallel", "branches": ["a", "b"]},
                  {"id": "a", "type": "step", "step": "note", "next": "inner-join"},
                  {"id": "b", "type": "step", "step": "note", "next": "inner-join"},
                  {"id": "inner-join", "type": "join", "mode": "any", "next": "outer-join"},
                  {"id": "c", "type": "step", "step": "note", "next": "outer-join"},
                  {"id": "outer-join", "type": "join", "mode": "count", "count": 2, "next": "done"},
                  {"id": "done", "type": "end"}]}""");

        assertThat(((Node.Join) definition.node("inner-join")).mode()).isEqualTo(Node.JoinMode.ANY);
    }

    @Test
    void aJoinCannotWaitForMoreBranchesThanArrive() {
        assertThat(problems("""
                {"name": "Count", "start": "fan", "nodes": [
                  {"id": "fan", "type": "parallel", "branches": ["a", "b"]},
                  {"id": "a", "type": "step", "step": "note", "next": "j"},
                  {"id": "b", "type": "step", "step": "note", "next": "j"},
                  {"id": "j", "type": "join", "mode": "count", "count": 3, "next": "done"},
                  {"id": "done", "type": "end"}]}"""))
                .containsEntry("nodes[j].count", "waits for 3 branches but only 2 arrive");
    }

    @Test
    void approvalPoliciesAreChecked() {
        assertThat(problems(twoStep("""
                {"id": "a", "type": "approval", "title": "Go?", "policy": {"users": ["ann"], "approvals": 2,
                 "permission": "nothing:real"}, "expiresAfter": "PT1H", "onExpire": "escalate", "next": "b",
                 "onReject": "b"}""")))
                .containsEntry("nodes[a].policy.approvals", "asks for 2 approvals from 1 named user")
                .containsEntry("nodes[a].policy.permission", "'nothing:real' is not a permission")
                .containsEntry("nodes[a].policy.escalateTo", "name the roles the task escalates to when it expires");
    }

    @Test
    void anApprovalsAmountIsANumberOrAnExpression() {
        assertThat(problems(twoStep("""
                {"id": "a", "type": "approval", "title": "Pay?", "amount": "a lot", "next": "b", "onReject": "b"}""")))
                .containsEntry("nodes[a].amount", "must be a number or an '=' expression that computes one");
        assertThat(problems(twoStep("""
                {"id": "a", "type": "approval", "title": "Pay?", "amount": "=input.amount +", "next": "b",
                 "onReject": "b"}"""))).containsKey("nodes[a].amount");
        Node.Approval approval = (Node.Approval) read(twoStep("""
                {"id": "a", "type": "approval", "title": "Pay?", "amount": 250.5, "next": "b", "onReject": "b"}"""))
                .node("a");
        assertThat(approval.amount()).contains(250.5);
    }

    @Test
    void aWaitNeedsExactlyOneOfDurationUntilOrEvent() {
        assertThat(problems(twoStep("""
                {"id": "a", "type": "wait", "duration": "PT1M", "event": "crm.lead.updated", "next": "b"}""")))
                .containsEntry("nodes[a].duration", "give exactly one of duration, until or event");
    }

    @Test
    void triggersAreChecked() {
        assertThat(problems("""
                {"name": "Nightly", "trigger": {"type": "schedule", "cron": "every night", "timeZone": "Mars/Base"},
                 "start": "a", "nodes": [{"id": "a", "type": "end"}]}"""))
                .containsKeys("trigger.cron", "trigger.timeZone");
        assertThat(problems("""
                {"name": "On event", "trigger": {"type": "event", "event": "LeadCreated"},
                 "start": "a", "nodes": [{"id": "a", "type": "end"}]}"""))
                .containsEntry("trigger.event", "'LeadCreated' is not an event type such as crm.lead.created");
        Definition nightly = read("""
                {"name": "Nightly", "trigger": {"type": "schedule", "cron": "0 2 * * MON-FRI",
                 "timeZone": "Europe/Berlin"}, "start": "a", "nodes": [{"id": "a", "type": "end"}]}""");
        assertThat(((Trigger.Schedule) nightly.trigger()).timeZone().getId()).isEqualTo("Europe/Berlin");
    }

    @Test
    void cronProblemsNameTheFieldAndTheRange() {
        assertThat(problems(schedule("0 25 * * *"))).containsEntry("trigger.cron",
                "field 2 (hour): 25 is out of range 0-23");
        assertThat(problems(schedule("0 9 * * MON-FRY"))).containsEntry("trigger.cron",
                "field 5 (day-of-week): 'FRY' is not a number or a name (SUN-SAT)");
        assertThat(problems(schedule("0 0 31 2 *"))).containsEntry("trigger.cron",
                "'0 0 31 2 *' never fires (no month has such a day)");
        assertThat(((Trigger.Schedule) read(schedule("*/15 8-18 * * 1-5")).trigger()).cron())
                .isEqualTo("*/15 8-18 * * 1-5");
    }

    @Test
    void eventFiltersAndWaitMatchesReadTheEvent() {
        Definition definition = read("""
                {"name": "E", "trigger": {"type": "event", "event": "crm.lead.created",
                 "filter": "event.data.score > 3 && input.name != ''"}, "start": "w", "nodes": [
                  {"id": "w", "type": "wait", "event": "crm.lead.updated", "match": "event.data.id == input.id",
                   "next": "b"},
                  {"id": "b", "type": "end"}]}""");
        assertThat(((Node.Wait) definition.node("w")).match()).contains("event.data.id == input.id");
        assertThat(problems("""
                {"name": "E", "trigger": {"type": "event", "event": "crm.lead.created", "filter": "steps.a.ok"},
                 "start": "a", "nodes": [{"id": "a", "type": "end"}]}"""))
                .containsEntry("trigger.filter", "reads steps, which does not exist here; expressions can read event,"
                        + " input");
        assertThat(problems(twoStep("""
                {"id": "a", "type": "wait", "duration": "PT1M", "match": "event.id == 'x'", "next": "b"}""")))
                .containsEntry("nodes[a].match", "is only for waits for an event: name the event too");
        assertThat(problems(twoStep("""
                {"id": "a", "type": "wait", "event": "Paid", "next": "b"}""")))
                .containsEntry("nodes[a].event", "'Paid' is not an event type such as crm.lead.created");
    }

    private static String schedule(String cron) {
        return """
                {"name": "Nightly", "trigger": {"type": "schedule", "cron": "%s", "timeZone": "Europe/Berlin"},
                 "start": "a", "nodes": [{"id": "a", "type": "end"}]}""".formatted(cron);
    }

    @Test
    void aDefinitionWithTooManyNodesIsRefusedNamingTheLimit() {
        var nodes = new StringBuilder();
        for (int i = 0; i <= DefinitionReader.MAX_NODES; i++) {
            nodes.append(i == 0 ? "" : ",").append("{\"id\": \"n").append(i).append("\", \"type\": \"end\"}");
        }
        assertThat(problems("{\"name\": \"Big\", \"start\": \"n0\", \"nodes\": [" + nodes + "]}"))
                .hasEntrySatisfying("nodes", message -> assertThat(message).contains("at most 500"));
    }

    private static String twoStep(String first) {
        return "{\"name\": \"Test\", \"start\": \"a\", \"nodes\": [" + first + ", {\"id\": \"b\", \"type\": \"end\"}]}";
    }

    private static Definition read(String json) {
        return new DefinitionReader(INSTALLED::contains).read(parse(json));
    }

    private static Map<String, String> problems(String json) {
        try {
            read(json);
        } catch (InvalidInputException e) {
            return e.fieldErrors();
        }
        throw new AssertionError("The definition was accepted: " + json);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> parse(String json) {
        try {
            return new ObjectMapper().readValue(json, Map.class);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
