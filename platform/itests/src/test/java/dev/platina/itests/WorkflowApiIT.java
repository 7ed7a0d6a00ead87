package dev.platina.itests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Workflow definitions over the API: checked, versioned, permission-guarded and kept within the organisation. */
@ExtendWith(RunningPlatform.Extension.class)
class WorkflowApiIT {

    private final Api api;
    private final RunningPlatform platform;

    WorkflowApiIT(RunningPlatform platform) {
        this.platform = platform;
        this.api = platform.api;
    }

    /** A small valid definition: a note, then the end. */
    static Map<String, Object> definition(String name, String note) {
        return Map.of("name", name, "start", "note", "nodes", List.of(
                Map.of("id", "note", "type", "step", "step", "note", "input", Map.of("text", note), "next", "done"),
                Map.of("id", "done", "type", "end")));
    }

    @Test
    void everySaveIsANewVersionAndEarlierVersionsStayReadable() {
        var tenant = platform.newTenant("flows");
        String manager = tenant.token("Manager");
        Api.Reply created = api.post("/v1/workflows", manager, definition("Greeting", "Hello"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("ETag")).contains("\"1\"");
        String id = created.text("id");
        assertThat(created.header("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/v1/workflows/" + id));

        Api.Reply saved = api.send("PUT", "/v1/workflows/" + id, manager, definition("Greeting", "Hello again"),
                "\"1\"");
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(saved.body().path("version").asInt()).isEqualTo(2);
        Api.Reply stale = api.send("PUT", "/v1/workflows/" + id, manager, definition("Greeting", "Too late"), "\"1\"");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body().path("detail").asText()).contains("version 2", "Reload");

        assertThat(noteOf(api.get("/v1/workflows/" + id, tenant.token("User")).body())).isEqualTo("Hello again");
        assertThat(noteOf(api.get("/v1/workflows/" + id + "?version=1", tenant.token("User")).body()))
                .isEqualTo("Hello");
        assertThat(api.get("/v1/workflows/" + id + "/versions", tenant.token("Viewer")).body().path("items"))
                .extracting(v -> v.path("version").asInt()).containsExactly(2, 1);
        assertThat(api.get("/v1/workflows", tenant.token("Viewer")).body().path("items"))
                .extracting(w -> w.path("id").asText()).containsExactly(id);

        assertThat(api.delete("/v1/workflows/" + id, manager).status()).isEqualTo(204);
        assertThat(api.get("/v1/workflows/" + id, manager).status()).isEqualTo(404);
        assertThat(auditActions(tenant.token("Admin"))).contains("workflow.create", "workflow.update",
                "workflow.delete");
    }

    @Test
    void aBrokenDefinitionIsRefusedWithEveryProblemAtItsPlace() {
        var tenant = platform.newTenant("broken-flow");
        Api.Reply refused = api.post("/v1/workflows", tenant.token("Manager"), Map.of("start", "first", "nodes",
                List.of(Map.of("id", "first", "type", "step", "step", "crm.nothing", "next", "secnd"),
                        Map.of("id", "second", "type", "condition", "branches", List.of(Map.of("when",
                                "input.amount >", "next", "done")), "otherwise", "done"),
                        Map.of("id", "done", "type", "end"))));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.raw().headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode errors = refused.body().path("errors");
        assertThat(errors.toString()).contains("name", "nodes[first].step", "crm.nothing",
                "nodes[first].next", "did you mean 'second'", "nodes[second].branches[0].when", "column");
        assertThat(api.get("/v1/workflows", tenant.token("Manager")).body().path("items")).isEmpty();

        // The builder's check: the same answer without storing, for anyone who may read workflows.
        Api.Reply checked = api.post("/v1/workflows/check", tenant.token("Viewer"), Map.of("start", "first",
                "nodes", List.of(Map.of("id", "first", "type", "step", "step", "note", "next", "secnd"))));
        assertThat(checked.status()).isEqualTo(400);
        assertThat(checked.body().path("errors").toString()).contains("nodes[first].next", "no node 'secnd'");
        Api.Reply fine = api.post("/v1/workflows/check", tenant.token("Viewer"), Map.of("name", "Fine", "start",
                "done", "nodes", List.of(Map.of("id", "done", "type", "end"))));
        assertThat(fine.status()).isEqualTo(200);
        assertThat(fine.body().path("valid").asBoolean()).isTrue();
        assertThat(api.get("/v1/workflows", tenant.token("Manager")).body().path("items")).isEmpty();
    }

    @Test
    void usersReadWorkflowsButOnlyManagersAndAdminsChangeThem() {
        var tenant = platform.newTenant("flow-roles");
        Api.Reply denied = api.post("/v1/workflows", tenant.token("User"), definition("Mine", "x"));
        assertThat(denied.status()).isEqualTo(403);
        assertThat(denied.body().path("permission").asText()).isEqualTo("workflows:edit");
        assertThat(api.post("/v1/workflows", tenant.token("Admin"), definition("Admin's", "x")).status())
                .isEqualTo(201);
        assertThat(api.get("/v1/workflows/step-types", tenant.token("User")).body().path("items"))
                .extracting(s -> s.path("type").asText()).contains("note", "data.set");
    }

    @Test
    void anotherOrganisationNeitherSeesNorChangesAWorkflow() {
        var owner = platform.newTenant("flow-owner");
        var other = platform.newTenant("flow-other");
        String id = api.post("/v1/workflows", owner.token("Manager"), definition("Private", "secret")).text("id");

        assertThat(api.get("/v1/workflows/" + id, other.token("Admin")).status()).isEqualTo(404);
        assertThat(api.send("PUT", "/v1/workflows/" + id, other.token("Admin"), definition("Taken", "x"), "\"1\"")
                .status()).isEqualTo(404);
        assertThat(api.delete("/v1/workflows/" + id, other.token("Admin")).status()).isEqualTo(404);
        assertThat(api.get("/v1/workflows", other.token("Admin")).raw().body()).doesNotContain(id);
        assertThat(api.get("/v1/workflows/" + id, owner.token("Viewer")).body().path("version").asInt()).isEqualTo(1);
    }

    @Test
    void aRunStartedOverTheApiFollowsItsConditionAndRecordsEveryTask() throws InterruptedException {
        var tenant = platform.newTenant("runs");
        String id = api.post("/v1/workflows", tenant.token("Manager"), Map.of("name", "Route", "start", "check",
                "nodes", List.of(
                        Map.of("id", "check", "type", "condition", "branches", List.of(Map.of("when",
                                "input.amount > 100", "next", "big")), "otherwise", "small"),
                        Map.of("id", "big", "type", "step", "step", "data.set", "input", Map.of("size", "big",
                                "amount", "=input.amount"), "next", "done"),
                        Map.of("id", "small", "type", "step", "step", "note", "input", Map.of("text", "small"),
                                "next", "done"),
                        Map.of("id", "done", "type", "end")))).text("id");

        Api.Reply started = api.post("/v1/workflows/" + id + "/runs", tenant.token("User"), Map.of("amount", 250));
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        String run = started.text("id");
        JsonNode finished = null;
        for (int i = 0; i < 200; i++) {
            finished = api.get("/v1/runs/" + run, tenant.token("Viewer")).body();
            if (!finished.path("state").asText().equals("RUNNING")) {
                break;
            }
            Thread.sleep(50);
        }
        assertThat(finished.path("state").asText()).as(finished.toString()).isEqualTo("COMPLETED");
        assertThat(finished.path("tasks")).extracting(t -> t.path("node").asText()).containsExactly("check", "big",
                "done");
        assertThat(finished.path("tasks").get(1).path("output").path("amount").asInt()).isEqualTo(250);
        assertThat(api.post("/v1/workflows/" + id + "/runs", tenant.token("Viewer"), Map.of()).status())
                .as("a Viewer may not start runs").isEqualTo(403);
        assertThat(api.get("/v1/runs/" + run, platform.newTenant("nosy").token("Admin")).status()).isEqualTo(404);
    }

    @Test
    void anApprovalHoldsTheRunUntilAPersonDecidesOverTheApi() throws InterruptedException {
        var tenant = platform.newTenant("approvals");
        var other = platform.newTenant("approvals-other");
        String admin = tenant.token("Admin");
        assertThat(api.send("PUT", "/v1/approval-tiers", admin, Map.of("tiers", List.of(Map.of("above", 1000,
                "role", "Admin"))), null).status()).isEqualTo(200);
        String id = api.post("/v1/workflows", tenant.token("Manager"), Map.of("name", "Pay", "start", "ask",
                "nodes", List.of(
                        Map.of("id", "ask", "type", "approval", "title", "Pay the invoice?", "amount", "=input.amount",
                                "proposal", Map.of("amount", "=input.amount", "memo", "Invoice 42"),
                                "policy", Map.of("editable", true), "next", "pay", "onReject", "done"),
                        Map.of("id", "pay", "type", "step", "step", "data.set", "input", Map.of("memo",
                                "=steps.ask.output.proposal.memo"), "next", "done"),
                        Map.of("id", "done", "type", "end")))).text("id");
        String small = api.post("/v1/workflows/" + id + "/runs", tenant.token("User"), Map.of("amount", 250))
                .text("id");
        String large = api.post("/v1/workflows/" + id + "/runs", tenant.token("User"), Map.of("amount", 2500))
                .text("id");

        JsonNode inbox = awaitInbox(tenant.token("User"), 1);
        assertThat(inbox).extracting(a -> a.path("runId").asText()).containsExactly(small);
        JsonNode task = inbox.get(0);
        assertThat(task.path("proposal").path("memo").asText()).isEqualTo("Invoice 42");
        assertThat(awaitInbox(admin, 2)).extracting(a -> a.path("requiredRole").asText(""))
                .containsExactlyInAnyOrder("", "Admin");
        String largeTask = api.get("/v1/approvals", admin).body().path("items").findValuesAsText("id").stream()
                .filter(a -> !a.equals(task.path("id").asText())).findFirst().orElseThrow();

        Api.Reply nonsense = api.post("/v1/approvals/" + task.path("id").asText() + "/decision", tenant.token("User"),
                Map.of("decision", "MAYBE"));
        assertThat(nonsense.status()).isEqualTo(400);
        assertThat(nonsense.body().toString()).contains("APPROVE or REJECT");
        assertThat(api.post("/v1/approvals/" + task.path("id").asText() + "/decision", other.token("Admin"),
                Map.of("decision", "APPROVE")).status()).as("another organisation").isEqualTo(404);
        Api.Reply tooSmall = api.post("/v1/approvals/" + largeTask + "/decision", tenant.token("Manager"),
                Map.of("decision", "APPROVE"));
        assertThat(tooSmall.status()).isEqualTo(403);
        assertThat(tooSmall.body().path("detail").asText()).contains("Admin");

        Api.Reply approved = api.post("/v1/approvals/" + task.path("id").asText() + "/decision",
                tenant.token("User"), Map.of("decision", "APPROVE", "comment", "Checked", "edits",
                        Map.of("memo", "Invoice 42, paid early")));
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        assertThat(approved.body().path("state").asText()).isEqualTo("APPROVED");
        assertThat(api.post("/v1/approvals/" + largeTask + "/decision", admin, Map.of("decision", "REJECT"))
                .body().path("state").asText()).isEqualTo("REJECTED");

        JsonNode paid = api.awaitRunEnd(small, tenant.token("Viewer"));
        assertThat(paid.path("tasks")).extracting(t -> t.path("node").asText()).containsExactly("ask", "pay", "done");
        assertThat(paid.path("tasks").get(1).path("output").path("memo").asText()).isEqualTo("Invoice 42, paid early");
        assertThat(api.awaitRunEnd(large, tenant.token("Viewer")).path("tasks")).extracting(t -> t.path("node").asText())
                .containsExactly("ask", "done");
        assertThat(api.get("/v1/approvals", other.token("Admin")).body().path("items")).isEmpty();
        assertThat(auditActions(admin)).contains("approval.decide", "approval.tiers.replace");
    }

    @Test
    void aSignedWebhookStartsARunOnceAndAForgeryStartsNothing() throws Exception {
        var tenant = platform.newTenant("hooks");
        String manager = tenant.token("Manager");
        String id = api.post("/v1/workflows", manager, Map.of("name", "Order received", "trigger", Map.of("type",
                "webhook"), "start", "keep", "nodes", List.of(
                        Map.of("id", "keep", "type", "step", "step", "data.set", "input", Map.of("order",
                                "=trigger.body.order.id"), "next", "done"),
                        Map.of("id", "done", "type", "end")))).text("id");
        Api.Reply rotated = api.post("/v1/workflows/" + id + "/webhook-secret", manager, Map.of());
        assertThat(rotated.status()).as(rotated.toString()).isEqualTo(200);
        String secret = rotated.text("secret");
        assertThat(api.post("/v1/workflows/" + id + "/webhook-secret", platform.newTenant("hooks-other")
                .token("Admin"), Map.of()).status()).as("another organisation").isEqualTo(404);

        String body = "{\"order\": {\"id\": \"A-17\"}}";
        Api.Reply started = hook(id, body, secret, "delivery-1");
        Api.Reply again = hook(id, body, secret, "delivery-1");
        Api.Reply forged = hook(id, body, "not-the-secret", "delivery-2");

        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        assertThat(again.text("runId")).as("a retried delivery").isEqualTo(started.text("runId"));
        assertThat(forged.status()).isEqualTo(401);
        JsonNode run = api.awaitRunEnd(started.text("runId"), tenant.token("Viewer"));
        assertThat(run.path("tasks").get(0).path("output").path("order").asText()).isEqualTo("A-17");
        assertThat(api.get("/v1/runs", tenant.token("Viewer")).body().path("items")).hasSize(1);
    }

    private Api.Reply hook(String workflow, String body, String secret, String delivery) throws Exception {
        String timestamp = Long.toString(java.time.Instant.now().getEpochSecond());
        var mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(secret.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "HmacSHA256"));
        String signature = java.util.HexFormat.of().formatHex(mac.doFinal((timestamp + "." + body)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        return api.send("POST", "/v1/hooks/" + workflow, null, body, null, Map.of("X-Platina-Timestamp", timestamp,
                "X-Platina-Delivery", delivery, "X-Platina-Signature", "sha256=" + signature));
    }

    private JsonNode awaitInbox(String token, int size) throws InterruptedException {
        JsonNode items = null;
        for (int i = 0; i < 200; i++) {
            items = api.get("/v1/approvals?state=PENDING", token).body().path("items");
            if (items.size() >= size) {
                return items;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("The inbox never had " + size + " task(s): " + items);
    }

    private static String noteOf(JsonNode workflow) {
        return workflow.path("definition").path("nodes").get(0).path("input").path("text").asText();
    }

    private List<String> auditActions(String token) {
        var actions = new ArrayList<String>();
        api.get("/v1/audit?limit=200", token).body().path("items").forEach(e -> actions.add(e.path("action").asText()));
        return actions;
    }
}
