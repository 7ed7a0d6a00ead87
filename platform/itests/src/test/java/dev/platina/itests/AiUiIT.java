package dev.platina.itests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The AI screens in a real browser against the real distribution: Settings > AI (the offline engine by default, a
 * provider with a write-only key, read-only for managers, each person's learning choice), and an AI proposal in the
 * approval inbox on a phone.
 */
@ExtendWith(RunningPlatform.Extension.class)
class AiUiIT {

    private static final String KEY = "sk-itest-do-not-show-4242";
    private static final Map<String, Object> RETRY_WHILE_THE_ENGINE_LOADS = Map.of("maxAttempts", 30,
            "initialDelay", "PT1S", "multiplier", 1.0, "maxDelay", "PT1S");

    private final RunningPlatform platform;
    private final Api api;

    AiUiIT(RunningPlatform platform) {
        this.platform = platform;
        this.api = platform.api;
    }

    @Test
    void anAdminMovesFromTheOfflineEngineToAServerWithAKeyThatNeverReturnsToThePage() {
        var tenant = platform.newTenant("aiui");
        try (Browser browser = new Browser(platform.origin(), Browser.PHONE)) {
            browser.signIn(tenant.slug, "chief", tenant.passwords.get("Admin"));
            browser.open("/settings/ai");
            browser.find("#ai-engine-offline");
            assertThat(checked(browser, "offline")).as("the offline engine is the default").isTrue();
            assertThat(browser.text()).contains("Offline engine (built in)", "needs no key and no network",
                    "It does not write free text.");
            assertThat(hidden(browser, "#ai-provider-fields")).as("no address or key for the offline engine")
                    .isTrue();
            assertThat(noSidewaysScrolling(browser)).isTrue();

            browser.click("#ai-engine-openai-compatible");
            assertThat(checked(browser, "openai-compatible")).isTrue();
            assertThat(browser.find("#ai-base-url input").getAttribute("value")).isEqualTo(
                    "https://api.openai.com/v1");
            assertThat(noSidewaysScrolling(browser)).as("long example addresses wrap").isTrue();
            assertThat(browser.text()).contains("personal data (e-mail addresses, phone numbers, IBANs, card"
                    + " numbers, and names where they can be detected) is masked before anything leaves");
            browser.type("#ai-base-url", "localhost:11434");
            browser.type("#ai-model", "llama3.2");
            browser.type("#ai-key", KEY);
            browser.type("#ai-budget", "1 000 000");
            browser.click("#ai-settings-save");

            browser.waitUntil(d -> browser.find("#ai-base-url").getAttribute("invalid") != null ? Boolean.TRUE
                    : null);
            assertThat(browser.find("#ai-base-url").getDomProperty("errorMessage"))
                    .isEqualTo("Give the provider's address, e.g. https://api.anthropic.com");
            assertThat(browser.find("#ai-settings-error").getText()).startsWith("Nothing was saved.");
            assertThat(api.get("/v1/ai/settings", tenant.token("Admin")).body().path("provider").asText())
                    .as("nothing saved while a field is wrong").isEqualTo("offline");

            browser.type("#ai-base-url", "http://127.0.0.1:11434/v1");
            browser.click("#ai-settings-save");
            browser.waitForText("AI settings saved.");

            JsonNode saved = api.get("/v1/ai/settings", tenant.token("Admin")).body();
            assertThat(saved.path("provider").asText()).isEqualTo("openai-compatible");
            assertThat(saved.path("baseUrl").asText()).isEqualTo("http://127.0.0.1:11434/v1");
            assertThat(saved.path("model").asText()).isEqualTo("llama3.2");
            assertThat(saved.path("keySet").asBoolean()).isTrue();
            assertThat(saved.path("monthlyTokenBudget").asLong()).isEqualTo(1_000_000);
            assertThat(browser.find("#ai-key-state").getText()).isEqualTo("A key is stored.");
            assertThat(browser.find("#ai-budget-line").getText()).isEqualTo("0 tokens of 1,000,000 tokens used"
                    + " (0%).");
            assertThat(pageWithFieldValues(browser)).doesNotContain(KEY);

            browser.open("/settings/ai");
            browser.find("#ai-key-state");
            assertThat(checked(browser, "openai-compatible")).isTrue();
            assertThat(pageWithFieldValues(browser)).as("after a reload either").doesNotContain(KEY);
        }
        assertThat(api.get("/v1/audit?action=ai.settings.update", tenant.token("Admin")).raw().body())
                .contains("\"key\":\"replaced\"").doesNotContain(KEY);
    }

    @Test
    void aManagerSeesTheSettingsAndThisMonthsUseButCannotChangeThem() {
        var tenant = platform.newTenant("aiui-read");
        assertThat(api.send("PUT", "/v1/ai/settings", tenant.token("Admin"), Map.of("provider", "anthropic",
                "baseUrl", "https://api.anthropic.com", "model", "claude-sonnet-4-5", "apiKey", KEY,
                "monthlyTokenBudget", 200000), null).status()).isEqualTo(200);
        try (Browser browser = new Browser(platform.origin(), Browser.DESKTOP)) {
            browser.signIn(tenant.slug, "manager", tenant.passwords.get("Manager"));
            browser.open("/settings/ai");
            browser.find("#ai-settings-read-only");
            assertThat(checked(browser, "anthropic")).isTrue();
            assertThat(browser.present("#ai-settings-save")).isFalse();
            assertThat(browser.find("#ai-engine").getAttribute("readonly")).isNotNull();
            assertThat(browser.find("#ai-base-url").getAttribute("readonly")).isNotNull();
            assertThat(browser.find("#ai-key-state").getText()).isEqualTo("A key is stored.");
            assertThat(hidden(browser, "#ai-key-replace")).as("no Replace for a manager").isTrue();
            assertThat(browser.find("#ai-budget-line").getText()).isEqualTo("0 tokens of 200,000 tokens used (0%).");
            assertThat(browser.find("#ai-usage-renewal").getText()).startsWith("The count starts again on 1 ");
            assertThat(pageWithFieldValues(browser)).doesNotContain(KEY);
        }
    }

    @Test
    void onAPhoneTheInboxSaysTheOfflineEngineProposedItHowSureAndWhyAndAnEditedDraftIsWhatIsPerformed()
            throws Exception {
        var tenant = platform.newTenant("aiui-inbox");
        String workflow = api.post("/v1/workflows", tenant.token("Manager"), refundWorkflow()).text("id");
        String run = api.post("/v1/workflows/" + workflow + "/runs", tenant.token("User"), Map.of("text",
                "Hello, I am Dora Smith. The kettle from order A-1234 arrived broken, I want a refund please.",
                "fields", Map.of("name", "Dora Smith", "order", "A-1234"))).text("id");
        String task = api.awaitApprovalTaskWithin(tenant.token("User"), 60);
        JsonNode proposal = api.get("/v1/approvals/" + task, tenant.token("User")).body().path("proposal");
        long percent = Math.round(proposal.path("confidence").asDouble() * 100);

        try (Browser browser = new Browser(platform.origin(), Browser.PHONE)) {
            browser.signIn(tenant.slug, "user", tenant.passwords.get("User"));
            browser.open("/approvals?task=" + task);
            String card = "#approval-" + task;
            assertThat(browser.find(card + "-ai").getText()).isEqualTo("Proposed by the offline engine · " + percent
                    + "% sure");
            assertThat(browser.present(card + "-low-confidence")).as("hint below 50%, at " + percent + "%")
                    .isEqualTo(percent < 50);
            assertThat(browser.find(card + "-rationale").getText()).isEqualTo(proposal.path("rationale").asText())
                    .isNotBlank();
            assertThat(browser.find(card + "-edit-draft textarea").getAttribute("value"))
                    .isEqualTo("Dear Dora Smith, your refund for order A-1234 is on its way.");
            assertThat(browser.present(card + "-edit-confidence")).as("how sure it was is not for editing")
                    .isFalse();
            assertThat(noSidewaysScrolling(browser)).isTrue();

            var draft = browser.find(card + "-edit-draft textarea");
            draft.clear();
            draft.sendKeys("Dear Dora Smith, your refund for order A-1234 was sent today.");
            browser.click(card + "-approve");
            browser.waitForText("Approved: Do what the AI proposes?");
        }
        JsonNode done = api.awaitRunEnd(run, tenant.token("Viewer"));
        assertThat(done.path("state").asText()).as(done.toString()).isEqualTo("COMPLETED");
        assertThat(performed(done).path("output").path("output").path("text").asText())
                .as("the edited draft, not the proposed one, is performed")
                .isEqualTo("Dear Dora Smith, your refund for order A-1234 was sent today.");
    }

    @Test
    void offlineAnAiProposalGoesOutAsProposedWithItsCommentWhileAnEditedDraftWaitsForTheConnection()
            throws Exception {
        var tenant = platform.newTenant("aiui-offline");
        String workflow = api.post("/v1/workflows", tenant.token("Manager"), refundWorkflow()).text("id");
        String run = api.post("/v1/workflows/" + workflow + "/runs", tenant.token("User"), Map.of("text",
                "My lamp from order A-555 arrived broken, I would like a refund.", "fields", Map.of("name", "Ann",
                        "order", "A-555"))).text("id");
        String task = api.awaitApprovalTaskWithin(tenant.token("User"), 60);
        String proposed = "Dear Ann, your refund for order A-555 is on its way.";
        String card = "#approval-" + task;

        try (Browser browser = new Browser(platform.origin(), Browser.PHONE)) {
            browser.signIn(tenant.slug, "user", tenant.passwords.get("User"));
            browser.open("/approvals");
            browser.find(card + "-ai");
            browser.offline(true);
            browser.waitUntil(d -> Boolean.FALSE.equals(browser.script("return navigator.onLine")) ? true : null);

            var draft = browser.find(card + "-edit-draft textarea");
            draft.sendKeys(" Sorry!");
            approveWithoutWaitingForTheServer(browser, card);
            browser.waitUntil(d -> browser.find(card + "-offline").getText().startsWith("Changes to the proposal"
                    + " cannot be sent offline.") ? true : null);
            draft.clear();
            draft.sendKeys(proposed);
            browser.find(card + "-comment textarea").sendKeys("Refund as proposed");
            approveWithoutWaitingForTheServer(browser, card);
            browser.waitUntil(d -> browser.find(card + "-offline").getText()
                    .equals("Queued - will be sent when you are back online.") ? true : null);
            assertThat(api.get("/v1/approvals/" + task, tenant.token("User")).body().path("state").asText())
                    .isEqualTo("PENDING");

            browser.offline(false);
            browser.waitForText("Sent: Approved - Do what the AI proposes?");
        }
        JsonNode decided = api.get("/v1/approvals/" + task, tenant.token("User")).body();
        assertThat(decided.path("state").asText()).isEqualTo("APPROVED");
        assertThat(decided.path("decisions").get(0).path("comment").asText())
                .as("the comment, not the draft's text area").isEqualTo("Refund as proposed");
        JsonNode done = api.awaitRunEnd(run, tenant.token("Viewer"));
        assertThat(performed(done).path("output").path("output").path("text").asText()).isEqualTo(proposed);
    }

    @Test
    void aPersonTurnsLearningOffAfterConfirmingAndWhatTheirDecisionTaughtIsPurged() throws Exception {
        var tenant = platform.newTenant("aiui-learn");
        String workflow = api.post("/v1/workflows", tenant.token("Manager"), refundWorkflow()).text("id");
        api.post("/v1/workflows/" + workflow + "/runs", tenant.token("User"), Map.of("text",
                "The toaster from order A-77 arrived broken, please refund it.", "fields", Map.of("name", "Ed",
                        "order", "A-77")));
        String task = api.awaitApprovalTaskWithin(tenant.token("User"), 60);
        assertThat(api.post("/v1/approvals/" + task + "/decision", tenant.token("User"), Map.of("decision",
                "APPROVE")).status()).isEqualTo(200);
        awaitLearntCases(tenant.token("Viewer"), 1);

        try (Browser browser = new Browser(platform.origin(), Browser.PHONE)) {
            browser.signIn(tenant.slug, "user", tenant.passwords.get("User"));
            browser.open("/settings/ai");
            assertThat(browser.find("#ai-learning").getAttribute("checked")).as("on until the person opts out")
                    .isNotNull();
            assertThat(browser.present("#ai-settings-save")).as("a User changes only their own choice").isFalse();

            browser.click("#ai-learning");
            assertThat(browser.find("#ai-learning-confirm").getText()).isEqualTo("Turn off and delete");
            assertThat(browser.text()).contains("Stop learning from your decisions?", "are deleted now");
            browser.click("#ai-learning-cancel");
            assertThat(browser.find("#ai-learning").getAttribute("checked")).as("kept on").isNotNull();
            assertThat(learnsFrom(tenant.token("User"))).isTrue();

            browser.click("#ai-learning");
            browser.click("#ai-learning-confirm");
            browser.waitUntil(d -> browser.find("#ai-learning-status").getText().equals("The AI no longer learns"
                    + " from your decisions. 1 stored case was deleted.") ? Boolean.TRUE : null);
            assertThat(learnsFrom(tenant.token("User"))).isFalse();
            assertThat(api.get("/v1/ai/learning", tenant.token("Viewer")).body().path("cases").asInt()).isZero();

            browser.open("/settings/ai");
            assertThat(browser.find("#ai-learning").getAttribute("checked")).as("still off after a reload")
                    .isNull();
            assertThat(browser.find("#ai-learning-status").getText()).isEqualTo("Off: nothing is stored from your"
                    + " decisions.");
        }
    }

    /** Offline there is no round trip to wait for; centred first, as the connection bar covers the bottom. */
    private static void approveWithoutWaitingForTheServer(Browser browser, String card) {
        browser.reveal(card + "-approve");
        browser.find(card + "-approve").click();
    }

    private static JsonNode performed(JsonNode run) {
        for (JsonNode step : run.path("tasks")) {
            if (step.path("node").asText().equals("perform")) {
                return step;
            }
        }
        throw new AssertionError("Nothing was performed: " + run);
    }

    private boolean learnsFrom(String token) {
        return api.get("/v1/ai/learning/me", token).body().path("learning").asBoolean();
    }

    private void awaitLearntCases(String token, int cases) throws InterruptedException {
        JsonNode memory = null;
        for (int i = 0; i < 200; i++) {
            memory = api.get("/v1/ai/learning", token).body();
            if (memory.path("cases").asInt() >= cases) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("The decision was never learnt: " + memory);
    }

    private static Map<String, Object> refundWorkflow() {
        return Map.of("name", "Answer customer e-mails", "start", "decide", "nodes", List.of(
                Map.of("id", "decide", "type", "step", "step", "ai.decide", "retry", RETRY_WHILE_THE_ENGINE_LOADS,
                        "input", Map.of("text", "=input.text", "fields", "=input.fields", "actions", List.of(
                                Map.of("action", "note", "description", "Refund a broken or damaged order and tell"
                                        + " the customer the money is on its way", "draft", "Dear {name}, your"
                                        + " refund for order {order} is on its way.", "parameters", Map.of("text",
                                                "{draft}")),
                                Map.of("action", "data.set", "description", "Record that a customer asks where"
                                        + " their parcel is", "parameters", Map.of("status", "asked")))),
                        "next", "approve"),
                Map.of("id", "approve", "type", "approval", "title", "Do what the AI proposes?",
                        "proposal", Map.of("action", "=steps.decide.output.action", "parameters",
                                "=steps.decide.output.parameters", "draft", "=steps.decide.output.draft",
                                "confidence", "=steps.decide.output.confidence", "rationale",
                                "=steps.decide.output.rationale", "engine", "=steps.decide.output.engine"),
                        "policy", Map.of("editable", true, "roles", List.of("User")), "next", "perform",
                        "onReject", "done"),
                Map.of("id", "perform", "type", "step", "step", "action.perform", "input", Map.of("approval",
                        "approve"), "next", "done"),
                Map.of("id", "done", "type", "end")));
    }

    private static boolean checked(Browser browser, String provider) {
        return Boolean.TRUE.equals(browser.script("return document.querySelector('#ai-engine-" + provider
                + "').closest('vaadin-radio-button').hasAttribute('checked')"));
    }

    /** Not shown: hidden, or never sent to the page (Vaadin leaves out what is invisible from the start). */
    private static boolean hidden(Browser browser, String css) {
        return Boolean.TRUE.equals(browser.script("const e = document.querySelector(arguments[0]);"
                + " return !e || e.offsetParent === null", css));
    }

    /** Nothing in the page sticks out to the right (the app layout would scroll sideways, not the document). */
    private static boolean noSidewaysScrolling(Browser browser) {
        return Boolean.TRUE.equals(browser.script("return document.documentElement.scrollWidth <= innerWidth"
                + " && [...document.querySelectorAll('vaadin-app-layout *')].every(e =>"
                + " e.getBoundingClientRect().right <= innerWidth + 1)"));
    }

    /** The page's markup and what every field holds (a typed value lives in the input, not in the markup). */
    private static String pageWithFieldValues(Browser browser) {
        return browser.driver.getPageSource() + "\n" + browser.script("return [...document.querySelectorAll("
                + "'input, textarea')].map(i => i.value).join('\\n')");
    }
}
