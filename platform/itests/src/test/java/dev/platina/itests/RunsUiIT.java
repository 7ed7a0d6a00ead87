package dev.platina.itests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The runs screen in a real browser: filters, a run's timeline with its error, cancel for those allowed. */
@ExtendWith(RunningPlatform.Extension.class)
class RunsUiIT {

    private final RunningPlatform platform;
    private final Api api;

    RunsUiIT(RunningPlatform platform) {
        this.platform = platform;
        this.api = platform.api;
    }

    @Test
    void aUserFindsTheFailedRunSeesWhyAndCancelsAWaitingOne() throws Exception {
        var tenant = platform.newTenant("runs-ui");
        String broken = api.post("/v1/workflows", tenant.token("Manager"), Map.of("name", "Broken call", "start",
                "call", "nodes", List.of(
                        Map.of("id", "call", "type", "step", "step", "http.request", "input", Map.of("url",
                                "not a web address"), "next", "done"),
                        Map.of("id", "done", "type", "end")))).text("id");
        String waiting = api.post("/v1/workflows", tenant.token("Manager"), Map.of("name", "Waits for a yes",
                "start", "ask", "nodes", List.of(
                        Map.of("id", "ask", "type", "approval", "title", "Yes?", "next", "done", "onReject", "done"),
                        Map.of("id", "done", "type", "end")))).text("id");
        String failedRun = api.post("/v1/workflows/" + broken + "/runs", tenant.token("User"), Map.of()).text("id");
        String waitingRun = api.post("/v1/workflows/" + waiting + "/runs", tenant.token("User"), Map.of()).text("id");
        assertThat(api.awaitRunEnd(failedRun, tenant.token("User")).path("state").asText()).isEqualTo("FAILED");

        try (Browser browser = new Browser(platform.origin(), Browser.DESKTOP)) {
            browser.signIn(tenant.slug, "user", tenant.passwords.get("User"));
            browser.click("vaadin-side-nav-item[data-route='runs']");
            browser.find("#runs-grid");
            browser.waitUntil(d -> browser.gridShows("Waits for a yes") ? true : null);
            browser.pick("#runs-state", "failed");
            browser.waitUntil(d -> browser.gridShows("Waits for a yes") ? null : true);
            browser.clickGridCell("Broken call");
            browser.find("#run-timeline");
            assertThat(browser.find("#run-error").getText()).contains("'call'", "not a web address");
            assertThat(browser.present("#run-retry")).isTrue();

            browser.open("/runs?run=" + waitingRun);
            browser.click("#run-cancel");
            browser.waitForText("Waits for a yes — cancelled");
        }
        assertThat(api.get("/v1/runs/" + waitingRun, tenant.token("Viewer")).text("state")).isEqualTo("CANCELLED");
        try (Browser viewer = new Browser(platform.origin(), Browser.DESKTOP)) {
            viewer.signIn(tenant.slug, "viewer", tenant.passwords.get("Viewer"));
            viewer.open("/runs?run=" + failedRun);
            viewer.find("#run-timeline");
            assertThat(viewer.present("#run-retry")).as("a Viewer may not start runs").isFalse();
        }
    }
}
