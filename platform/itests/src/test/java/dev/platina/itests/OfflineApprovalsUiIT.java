package dev.platina.itests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Deciding in the inbox on a phone that lost its connection (Chromium's network emulation), or while the platform
 * cannot be reached: decisions are queued in the page and sent when the connection is back; one that someone else
 * took meanwhile says so and changes nothing.
 */
@ExtendWith(RunningPlatform.Extension.class)
class OfflineApprovalsUiIT {

    private final RunningPlatform platform;
    private final Api api;

    OfflineApprovalsUiIT(RunningPlatform platform) {
        this.platform = platform;
        this.api = platform.api;
    }

    @Test
    void decisionsTakenOfflineAreSentWhenBackOnlineAndOneDecidedMeanwhileSaysSo() throws Exception {
        var tenant = platform.newTenant("offline");
        String janeRun = startRun(tenant, "Send follow-up to Jane", "jane@globex.example");
        String joeRun = startRun(tenant, "Send follow-up to Joe", "joe@initech.example");
        List<String> tasks = awaitTasks(tenant.token("User"), 2);
        String jane = taskOf(tasks, janeRun, tenant);
        String joe = taskOf(tasks, joeRun, tenant);

        try (Browser browser = new Browser(platform.origin(), Browser.PHONE)) {
            browser.signIn(tenant.slug, "user", tenant.passwords.get("User"));
            browser.open("/approvals");
            browser.find("#approval-" + jane);
            browser.find("#approval-" + joe);

            browser.offline(true);
            browser.waitUntil(d -> Boolean.FALSE.equals(browser.script("return navigator.onLine")) ? true : null);
            browser.find("#approval-" + jane + "-comment textarea").sendKeys("Looks right");
            browser.find("#approval-" + jane + "-approve").click();
            browser.find("#approval-" + joe + "-approve").click();
            for (String task : List.of(jane, joe)) {
                browser.waitUntil(d -> browser.find("#approval-" + task + "-offline").getText()
                        .equals("Queued - will be sent when you are back online.") ? true : null);
            }
            assertThat(state(jane, tenant)).as("nothing reached the server while offline").isEqualTo("PENDING");

            Api.Reply meanwhile = api.post("/v1/approvals/" + joe + "/decision", tenant.token("Manager"),
                    Map.of("decision", "REJECT", "comment", "Not this week"));
            assertThat(meanwhile.status()).as(meanwhile.toString()).isEqualTo(200);

            browser.offline(false);
            browser.waitForText("Sent: Approved - Send follow-up to Jane");
            browser.waitForText("Send follow-up to Joe: Already rejected by manager on ");
            assertThat(browser.text()).contains(" - your decision was not applied.");
            assertThat(browser.script("return localStorage.getItem('platina-offline-decisions')")).isNull();
            browser.find("#approval-inbox-empty");
        }
        assertThat(api.awaitRunEnd(janeRun, tenant.token("Viewer")).path("state").asText()).isEqualTo("COMPLETED");
        JsonNode decided = api.get("/v1/approvals/" + jane, tenant.token("User")).body();
        assertThat(decided.path("state").asText()).isEqualTo("APPROVED");
        assertThat(decided.path("decisions").get(0).path("by").asText()).isEqualTo("user");
        assertThat(decided.path("decisions").get(0).path("comment").asText()).isEqualTo("Looks right");
        JsonNode rejected = api.get("/v1/approvals/" + joe, tenant.token("User")).body();
        assertThat(rejected.path("decisions")).as("the late approval changed nothing").hasSize(1);
        assertThat(rejected.path("decisions").get(0).path("by").asText()).isEqualTo("manager");
    }

    @Test
    void aDecisionTakenWhileThePlatformCannotBeReachedIsSentOnceItAnswersAgain() throws Exception {
        var tenant = platform.newTenant("unreachable");
        String run = startRun(tenant, "Send follow-up to Ann", "ann@globex.example");
        String task = awaitTasks(tenant.token("User"), 1).get(0);
        VanishingProxy proxy = new VanishingProxy(platform.origin());
        try (Browser browser = new Browser(proxy.origin(), Browser.PHONE)) {
            browser.signIn(tenant.slug, "user", tenant.passwords.get("User"));
            browser.open("/approvals");
            browser.find("#approval-" + task);

            // The device stays online (navigator.onLine is true); only the platform stops answering, which the page
            // learns from its next round trip (here: the comment typed on the card).
            proxy.close();
            browser.find("#approval-" + task + "-comment textarea").sendKeys("Fine", org.openqa.selenium.Keys.TAB);
            browser.waitUntil(java.time.Duration.ofSeconds(60), d -> String.valueOf(browser.script(
                    "return window.Vaadin.connectionState.state")).matches("reconnecting|connection-lost") ? true
                    : null);
            browser.find("#approval-" + task + "-approve").click();
            browser.waitUntil(d -> browser.find("#approval-" + task + "-offline").getText()
                    .equals("Queued - will be sent when you are back online.") ? true : null);

            proxy.reopen();
            browser.waitUntil(java.time.Duration.ofSeconds(45),
                    d -> browser.text().contains("Sent: Approved - Send follow-up to Ann") ? true : null);
        } finally {
            proxy.close();
        }
        assertThat(api.awaitRunEnd(run, tenant.token("Viewer")).path("state").asText()).isEqualTo("COMPLETED");
        JsonNode decisions = api.get("/v1/approvals/" + task, tenant.token("User")).body().path("decisions");
        assertThat(decisions).as("sent once").hasSize(1);
        assertThat(decisions.get(0).path("comment").asText()).isEqualTo("Fine");
    }

    private String startRun(RunningPlatform.Tenant tenant, String title, String to) {
        String workflow = api.post("/v1/workflows", tenant.token("Manager"), Map.of("name", title, "start", "ask",
                "nodes", List.of(
                        Map.of("id", "ask", "type", "approval", "title", title, "proposal", Map.of("to", to),
                                "policy", Map.of("roles", List.of("User", "Manager")), "next", "done",
                                "onReject", "done"),
                        Map.of("id", "done", "type", "end")))).text("id");
        return api.post("/v1/workflows/" + workflow + "/runs", tenant.token("Manager"), Map.of()).text("id");
    }

    private String state(String task, RunningPlatform.Tenant tenant) {
        return api.get("/v1/approvals/" + task, tenant.token("User")).text("state");
    }

    private String taskOf(List<String> tasks, String run, RunningPlatform.Tenant tenant) {
        return tasks.stream().filter(task -> api.get("/v1/approvals/" + task, tenant.token("User")).text("runId")
                .equals(run)).findFirst().orElseThrow();
    }

    private List<String> awaitTasks(String token, int count) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            var ids = new ArrayList<String>();
            api.get("/v1/approvals", token).body().path("items").forEach(item -> ids.add(item.path("id").asText()));
            if (ids.size() >= count) {
                return ids;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("The approval tasks did not appear");
    }
}
