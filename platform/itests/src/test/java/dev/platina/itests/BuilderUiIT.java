package dev.platina.itests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;

/**
 * The workflow builder in a real browser: a manager builds a condition, two parallel branches and an approval with
 * the keyboard and mouse (no JSON), sees a problem on the node at fault, saves, starts a test run, a user approves
 * on a phone, and the diagram shows the run complete. Then history shows what a second version changed, and the
 * diagram reads at phone width.
 */
@ExtendWith(RunningPlatform.Extension.class)
class BuilderUiIT {

    private final RunningPlatform platform;
    private final Api api;

    BuilderUiIT(RunningPlatform platform) {
        this.platform = platform;
        this.api = platform.api;
    }

    @Test
    void buildConditionParallelBranchesAndApprovalRunItApproveOnAPhoneAndSeeItComplete() throws Exception {
        var tenant = platform.newTenant("builder");
        String workflowId;
        try (Browser builder = new Browser(platform.origin(), Browser.DESKTOP)) {
            builder.signIn(tenant.slug, "manager", tenant.passwords.get("Manager"));
            builder.open("/workflows?new");
            builder.find("#workflow-builder");
            enter(builder, "#builder-name", "Big orders");

            insert(builder, "#insert-start--start", "#insert-condition");
            assertThat(builder.find("#node-condition").getText()).as("the empty condition is marked on its node")
                    .contains("branches[0].when");
            enter(builder, "#edit-condition-branches-0-when", "input.amount > 1000");
            builder.waitUntil(d -> builder.present("#node-condition .pl-node-problem") ? null : Boolean.TRUE);

            insert(builder, "#insert-condition--branches-0-next", "#insert-parallel");
            insert(builder, "#insert-parallel--branches-0", "#insert-step-note");
            enter(builder, "#edit-note-input-text", "Tell finance about =input.amount");
            insert(builder, "#insert-parallel--branches-1", "#insert-step-data-set");
            var json = builder.find("#edit-data-set-input textarea");
            json.clear();
            json.sendKeys("{\"flagged\": true, \"amount\": \"=input.amount\"}", Keys.TAB);
            builder.settle();

            insert(builder, "#insert-join--next", "#insert-approval");
            enter(builder, "#edit-approval-title", "Ship the big order");
            enter(builder, "#edit-approval-proposal-new", "amount");
            builder.click("#edit-approval-proposal-add");
            enter(builder, "#edit-approval-proposal-amount", "=input.amount");
            enter(builder, "#edit-approval-policy-roles", "User");

            assertThat(builder.find("#builder-saved").getText()).isEqualTo("Not saved yet");
            builder.click("#builder-save");
            builder.waitUntil(d -> builder.find("#builder-saved").getText().equals("Version 1 saved") ? true : null);
            String url = builder.driver.getCurrentUrl();
            workflowId = url.substring(url.indexOf("id=") + 3);

            JsonNode saved = api.get("/v1/workflows/" + workflowId, tenant.token("Viewer")).body();
            assertThat(saved.path("definition").path("start").asText()).isEqualTo("condition");
            assertThat(saved.path("definition").path("nodes").findValuesAsText("type")).contains("condition",
                    "parallel", "join", "approval", "end");

            // Keyboard: a focused card opens with Enter.
            builder.find("#node-note .pl-node-head").sendKeys(Keys.ENTER);
            builder.settle();
            builder.waitUntil(d -> builder.find("#node-editor-title").getText().contains("note") ? true : null);

            var sample = builder.find("#test-run-input textarea");
            sample.clear();
            sample.sendKeys("{\"amount\": 5000}");
            builder.click("#test-run-start");
            builder.waitUntil(d -> builder.present("#node-approval-run")
                    && builder.find("#node-approval-run").getText().equals("Waiting for a decision") ? true : null);
            assertThat(builder.find("#node-note-run").getText()).isEqualTo("Done");
            assertThat(builder.find("#node-data-set-run").getText()).isEqualTo("Done");

            String task = api.awaitApprovalTask(tenant.token("User"));
            try (Browser phone = new Browser(platform.origin(), Browser.PHONE)) {
                phone.signIn(tenant.slug, "user", tenant.passwords.get("User"));
                phone.open("/approvals?task=" + task);
                phone.find("#approval-" + task);
                assertThat(phone.text()).contains("Ship the big order");
                phone.click("#approval-" + task + "-approve");
                phone.waitForText("Approved: Ship the big order");
            }

            builder.waitUntil(d -> builder.find("#test-run-status").getText().contains("Completed") ? true : null);
            assertThat(builder.find("#node-approval-run").getText()).isEqualTo("Done");
            assertThat(builder.find("#node-done-run").getText()).isEqualTo("Done");

            // A second version and what changed, in words.
            builder.find("#node-approval .pl-node-head").click();
            builder.settle();
            var approvals = builder.find("#edit-approval-policy-approvals input");
            approvals.sendKeys(Keys.chord(Keys.CONTROL, "a"), "2", Keys.TAB);
            builder.settle();
            builder.waitUntil(d -> builder.find("#builder-saved").getText().startsWith("Unsaved changes") ? true
                    : null);
            builder.click("#builder-save");
            builder.waitUntil(d -> builder.find("#builder-saved").getText().equals("Version 2 saved") ? true : null);
            builder.click("#builder-history");
            builder.waitUntil(d -> builder.find("#history-changes").getText()
                    .contains("Changed 'approval': policy.approvals: 1 → 2") ? true : null);
            builder.click("#history-close");
            builder.waitUntil(d -> builder.present("#history-dialog") ? null : Boolean.TRUE);

            // Drag and drop: a palette entry dropped on a path's + goes there.
            dragAndDrop(builder, "#palette-wait", "#insert-approval--next");
            builder.find("#node-wait");
            assertThat(builder.find("#node-approval").getText()).contains("Approved → wait");
        }

        JsonNode runs = api.get("/v1/runs?limit=5", tenant.token("Viewer")).body().path("items");
        assertThat(runs.get(0).path("state").asText()).isEqualTo("COMPLETED");

        try (Browser phone = new Browser(platform.origin(), Browser.PHONE)) {
            phone.signIn(tenant.slug, "viewer", tenant.passwords.get("Viewer"));
            phone.open("/workflows?id=" + workflowId);
            phone.find("#node-approval");
            assertThat(phone.present("#builder-save")).as("a viewer reads but does not edit")
                    .isFalse();
            assertThat(phone.present("#insert-start--start")).isFalse();
            assertThat((Long) ((JavascriptExecutor) phone.driver).executeScript(
                    "return document.documentElement.scrollWidth")).as("no sideways scrolling at 390 px")
                    .isLessThanOrEqualTo(390L);
        }
    }

    /** Types into a field and leaves it, which is when the builder takes the value. */
    private static void enter(Browser browser, String field, String text) {
        browser.reveal(field);
        var input = browser.find(field + " input");
        input.clear();
        input.sendKeys(text, Keys.TAB);
        browser.settle();
    }

    /**
     * Drags with the browser's own drag events; WebDriver's mouse actions do not start HTML5 drag and drop in
     * Chromium.
     */
    private static void dragAndDrop(Browser browser, String source, String target) {
        browser.reveal(target);
        ((JavascriptExecutor) browser.driver).executeScript("""
                const source = document.querySelector(arguments[0]);
                const target = document.querySelector(arguments[1]);
                const data = new DataTransfer();
                const fire = (element, type) => element.dispatchEvent(new DragEvent(type, {bubbles: true,
                    cancelable: true, composed: true, dataTransfer: data}));
                fire(source, 'dragstart');
                fire(target, 'dragenter');
                fire(target, 'dragover');
                fire(target, 'drop');
                fire(source, 'dragend');""", source, target);
        browser.settle();
    }

    /** Opens the palette from a path's + and picks an entry. */
    private static void insert(Browser browser, String plus, String entry) {
        // Centred first: the page's status bar at the bottom would take a click at the very edge.
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView({block: 'center'})",
                browser.find(plus));
        browser.click(plus);
        browser.click(entry);
        browser.waitUntil(d -> browser.present("#insert-dialog") ? null : Boolean.TRUE);
    }
}
