package dev.platina.itests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The AI employee's loop in the real distribution, with no key and no network: the offline engine proposes an action
 * for an incoming e-mail, an approval holds it (or lets it through when the policy trusts that action at that
 * confidence), and only the approved proposal is performed.
 */
@ExtendWith(RunningPlatform.Extension.class)
class AiDecideIT {

    private static final Map<String, Object> RETRY_WHILE_THE_ENGINE_LOADS = Map.of("maxAttempts", 30,
            "initialDelay", "PT1S", "multiplier", 1.0, "maxDelay", "PT1S");

    private final RunningPlatform platform;
    private final Api api;

    AiDecideIT(RunningPlatform platform) {
        this.platform = platform;
        this.api = platform.api;
    }

    @Test
    void theOfflineEngineProposesPeopleApproveOrThePolicyTrustsAndOnlyTheApprovedIsPerformed() throws Exception {
        var tenant = platform.newTenant("decide");
        String workflow = api.post("/v1/workflows", tenant.token("Manager"), definition()).text("id");
        assertThat(workflow).isNotNull();

        String refund = api.post("/v1/workflows/" + workflow + "/runs", tenant.token("User"), Map.of("text",
                "Hello, I am Dora Smith. The kettle from order A-1234 arrived broken, I want a refund please.",
                "fields", Map.of("name", "Dora Smith", "order", "A-1234"))).text("id");
        String task = api.awaitApprovalTaskWithin(tenant.token("User"), 60);
        JsonNode pending = api.get("/v1/approvals/" + task, tenant.token("User")).body();
        JsonNode proposal = pending.path("proposal");
        assertThat(proposal.path("action").asText()).isEqualTo("note");
        assertThat(proposal.path("engine").asText()).isEqualTo("offline");
        assertThat(proposal.path("draft").asText()).isEqualTo(
                "Dear Dora Smith, your refund for order A-1234 is on its way.");
        assertThat(proposal.path("confidence").asDouble()).isBetween(0.0, 1.0);
        assertThat(proposal.path("rationale").asText()).contains("note");

        Api.Reply approved = api.post("/v1/approvals/" + task + "/decision", tenant.token("User"), Map.of(
                "decision", "APPROVE", "edits", Map.of("parameters", Map.of("text",
                        "Dear Dora Smith, your refund for order A-1234 was sent today."))));
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        JsonNode done = api.awaitRunEnd(refund, tenant.token("Viewer"));
        assertThat(done.path("state").asText()).as(done.toString()).isEqualTo("COMPLETED");
        JsonNode performed = task(done, "perform");
        assertThat(performed.path("output").path("action").asText()).isEqualTo("note");
        assertThat(performed.path("output").path("output").path("text").asText())
                .isEqualTo("Dear Dora Smith, your refund for order A-1234 was sent today.");

        String status = api.post("/v1/workflows/" + workflow + "/runs", tenant.token("User"), Map.of("text",
                "Where is my parcel? Order A-2001 has not arrived yet, when will it be delivered?", "fields", Map.of()))
                .text("id");
        JsonNode trusted = api.awaitRunEnd(status, tenant.token("Viewer"));
        assertThat(trusted.path("state").asText()).as(trusted.toString()).isEqualTo("COMPLETED");
        assertThat(task(trusted, "perform").path("output").path("action").asText()).isEqualTo("data.set");
        assertThat(task(trusted, "approve").path("output").path("decisions").get(0).path("by").asText())
                .isEqualTo("auto-approve");
        assertThat(api.get("/v1/audit?action=approval.auto-approve", tenant.token("Admin")).body().path("items"))
                .hasSize(1);
    }

    private static JsonNode task(JsonNode run, String node) {
        for (JsonNode task : run.path("tasks")) {
            if (task.path("node").asText().equals(node)) {
                return task;
            }
        }
        throw new AssertionError("No task " + node + " in " + run);
    }

    private static Map<String, Object> definition() {
        return Map.of("name", "Answer customer e-mails", "start", "decide", "nodes", List.of(
                Map.of("id", "decide", "type", "step", "step", "ai.decide", "retry", RETRY_WHILE_THE_ENGINE_LOADS,
                        "input", Map.of("text", "=input.text", "fields", "=input.fields", "actions", List.of(
                                Map.of("action", "note", "description", "Refund a broken or damaged order and tell"
                                        + " the customer the money is on its way", "draft", "Dear {name}, your"
                                        + " refund for order {order} is on its way.", "parameters", Map.of("text",
                                                "{draft}")),
                                Map.of("action", "data.set", "description", "Record that a customer asks where"
                                        + " their parcel is and when the order will be delivered", "parameters",
                                        Map.of("status", "asked")))), "next", "approve"),
                Map.of("id", "approve", "type", "approval", "title", "Do what the AI proposes?",
                        "proposal", Map.of("action", "=steps.decide.output.action", "parameters",
                                "=steps.decide.output.parameters", "draft", "=steps.decide.output.draft",
                                "confidence", "=steps.decide.output.confidence", "rationale",
                                "=steps.decide.output.rationale", "engine", "=steps.decide.output.engine"),
                        "policy", Map.of("editable", true, "autoApprove", Map.of("thresholds", Map.of("data.set",
                                0.0))), "next", "perform", "onReject", "done"),
                Map.of("id", "perform", "type", "step", "step", "action.perform", "input", Map.of("approval",
                        "approve"), "next", "done"),
                Map.of("id", "done", "type", "end")));
    }
}
