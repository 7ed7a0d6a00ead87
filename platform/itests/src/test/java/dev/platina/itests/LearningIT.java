package dev.platina.itests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The AI memory in the real distribution: ai.decide (on a model served by a local Chat Completions server) remembers
 * its proposal, a person's edit of the approval becomes a masked case, and that person's opt-out purges it.
 */
@ExtendWith(RunningPlatform.Extension.class)
class LearningIT {

    private final RunningPlatform platform;
    private final Api api;
    private final List<String> prompts = new ArrayList<>();
    private HttpServer model;

    LearningIT(RunningPlatform platform) {
        this.platform = platform;
        this.api = platform.api;
    }

    @BeforeEach
    void startModel() throws Exception {
        model = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        model.createContext("/v1/chat/completions", exchange -> {
            prompts.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] body = ("{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion\",\"model\":\"gpt-test\",\"choices\":"
                    + "[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":null,\"tool_calls\":[{\"id\":"
                    + "\"call_1\",\"type\":\"function\",\"function\":{\"name\":\"note\",\"arguments\":{\"parameters\":"
                    + "{\"text\":\"Refund [EMAIL_1]\"},\"draft\":\"Dear [NAME_1], your refund is on its way.\","
                    + "\"confidence\":0.8,\"rationale\":\"It asks for a refund.\"}}}]},\"finish_reason\":"
                    + "\"tool_calls\"}],\"usage\":{\"prompt_tokens\":20,\"completion_tokens\":15,\"total_tokens\":35}}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        model.start();
    }

    @AfterEach
    void stopModel() {
        model.stop(0);
    }

    @Test
    void anEditedProposalIsLearntMaskedAndItsReviewersOptOutPurgesIt() throws Exception {
        var tenant = platform.newTenant("learning");
        var other = platform.newTenant("learning-other");
        String admin = tenant.token("Admin");
        assertThat(api.send("PUT", "/v1/ai/settings", admin, Map.of("provider", "openai-compatible", "baseUrl",
                "http://127.0.0.1:" + model.getAddress().getPort() + "/v1", "model", "gpt-test", "apiKey",
                "sk-itest"), null).status()).isEqualTo(200);
        String workflow = api.post("/v1/workflows", tenant.token("Manager"), Map.of("name", "Refunds", "start",
                "decide", "nodes", List.of(
                        Map.of("id", "decide", "type", "step", "step", "ai.decide", "input", Map.of("text",
                                "=input.text", "actions", List.of("note")), "next", "ask"),
                        Map.of("id", "ask", "type", "approval", "title", "Send the reply?", "proposal", Map.of(
                                "action", "=steps.decide.output.action", "parameters",
                                "=steps.decide.output.parameters", "draft", "=steps.decide.output.draft",
                                "confidence", "=steps.decide.output.confidence", "engine",
                                "=steps.decide.output.engine"), "policy", Map.of("editable", true), "next", "done",
                                "onReject", "done"),
                        Map.of("id", "done", "type", "end")))).text("id");
        api.post("/v1/workflows/" + workflow + "/runs", tenant.token("User"), Map.of("text",
                "Please refund me, the kettle was broken. Write to jane.doe@example.com.\nKind regards,\nJane Doe"))
                .text("id");

        String task = api.awaitApprovalTask(tenant.token("User"));
        JsonNode proposal = api.get("/v1/approvals/" + task, tenant.token("User")).body().path("proposal");
        assertThat(proposal.path("draft").asText()).isEqualTo("Dear Jane Doe, your refund is on its way.");
        Api.Reply decided = api.post("/v1/approvals/" + task + "/decision", tenant.token("User"), Map.of("decision",
                "APPROVE", "edits", Map.of("draft", "Dear Jane Doe, your refund is on its way today.")));
        assertThat(decided.status()).as(decided.toString()).isEqualTo(200);

        JsonNode memory = awaitCases(tenant.token("Viewer"), 1);
        assertThat(memory.path("byOutcome").path("EDITED").asInt()).isEqualTo(1);
        assertThat(memory.path("engines").get(0).path("engine").asText()).isEqualTo("openai-compatible:gpt-test");
        assertThat(memory.toString()).doesNotContain("jane", "Jane");
        assertThat(api.get("/v1/ai/learning", other.token("Viewer")).body().path("cases").asInt()).isZero();

        assertThat(api.get("/v1/ai/learning/me", tenant.token("User")).body().path("learning").asBoolean()).isTrue();
        Api.Reply wrong = api.send("PUT", "/v1/ai/learning/me", tenant.token("User"), Map.of("learning", "no"), null);
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.raw().headers().firstValue("Content-Type").orElse("")).contains("problem+json");
        assertThat(wrong.body().toString()).contains("learning");
        Api.Reply off = api.send("PUT", "/v1/ai/learning/me", tenant.token("User"), Map.of("learning", false), null);
        assertThat(off.status()).as(off.toString()).isEqualTo(200);
        assertThat(off.body().path("purged").asInt()).isEqualTo(1);
        assertThat(api.get("/v1/ai/learning/me", tenant.token("User")).body().path("learning").asBoolean()).isFalse();
        assertThat(api.get("/v1/ai/learning", tenant.token("Viewer")).body().path("cases").asInt()).isZero();
        assertThat(api.get("/v1/audit?action=ai.learning.opt-out", admin).raw().body()).contains("purged");
    }

    private JsonNode awaitCases(String token, int cases) throws InterruptedException {
        JsonNode memory = null;
        for (int i = 0; i < 200; i++) {
            memory = api.get("/v1/ai/learning", token).body();
            if (memory.path("cases").asInt() >= cases) {
                return memory;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("The feedback never arrived: " + memory);
    }
}
