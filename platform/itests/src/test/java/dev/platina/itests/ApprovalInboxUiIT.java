package dev.platina.itests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.JavascriptExecutor;

/** The approval inbox in a real browser at phone size: a person edits a proposal, approves, and the run goes on. */
@ExtendWith(RunningPlatform.Extension.class)
class ApprovalInboxUiIT {

    private final RunningPlatform platform;
    private final Api api;

    ApprovalInboxUiIT(RunningPlatform platform) {
        this.platform = platform;
        this.api = platform.api;
    }

    @Test
    void onAPhoneAPersonEditsTheProposalApprovesAndTheRunCompletes() throws Exception {
        var tenant = platform.newTenant("inbox");
        String workflow = api.post("/v1/workflows", tenant.token("Manager"), Map.of("name", "Follow up", "start",
                "ask", "nodes", List.of(
                        Map.of("id", "ask", "type", "approval", "title", "Send follow-up to Jane Doe", "proposal",
                                Map.of("to", "=input.to", "body", "Hello Jane"), "policy", Map.of("roles",
                                        List.of("User"), "editable", true), "next", "send", "onReject", "done"),
                        Map.of("id", "send", "type", "step", "step", "data.set", "input", Map.of("sent",
                                "=steps.ask.output.proposal.body"), "next", "done"),
                        Map.of("id", "done", "type", "end")))).text("id");
        String run = api.post("/v1/workflows/" + workflow + "/runs", tenant.token("Manager"),
                Map.of("to", "jane@globex.example")).text("id");
        String task = api.awaitApprovalTask(tenant.token("User"));

        try (Browser browser = new Browser(platform.origin(), Browser.PHONE)) {
            browser.signIn(tenant.slug, "user", tenant.passwords.get("User"));
            browser.open("/approvals?task=" + task);
            String card = "#approval-" + task;
            browser.find(card);
            assertThat(browser.text()).contains("Send follow-up to Jane Doe");
            assertThat(browser.find(card + "-edit-to input").getAttribute("value")).isEqualTo("jane@globex.example");
            assertThat((Long) ((JavascriptExecutor) browser.driver).executeScript(
                    "return document.documentElement.scrollWidth")).as("no sideways scrolling at 390 px")
                    .isLessThanOrEqualTo(390L);

            browser.type(card + "-edit-body", "Hello Jane, as promised");
            browser.find(card + "-comment textarea").sendKeys("Friendlier");
            browser.click(card + "-approve");

            browser.waitForText("Approved: Send follow-up to Jane Doe");
            browser.find("#approval-inbox-empty");
        }
        JsonNode finished = api.awaitRunEnd(run, tenant.token("Viewer"));
        assertThat(finished.path("state").asText()).isEqualTo("COMPLETED");
        assertThat(finished.path("tasks").get(1).path("output").path("sent").asText())
                .isEqualTo("Hello Jane, as promised");
        JsonNode decided = api.get("/v1/approvals/" + task, tenant.token("User")).body();
        assertThat(decided.path("decisions").get(0).path("comment").asText()).isEqualTo("Friendlier");
    }
}
