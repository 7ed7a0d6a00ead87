package dev.platina.itests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Stripe skill in the running distribution: installed from the signed marketplace repository, enabled,
 * connected to a local Stripe by its address, a workflow step refunding once through the outbox, and a signed
 * Stripe webhook starting a workflow through {@code payment.succeeded}.
 */
@ExtendWith(RunningPlatform.Extension.class)
class StripeIT {

    private static final String KEY = "sk_test_51PlatinaIT";
    private static final String SIGNING_SECRET = "whsec_it_41c9";

    private final RunningPlatform platform;
    private final Api api;

    StripeIT(RunningPlatform platform) {
        this.platform = platform;
        this.api = platform.api;
    }

    @Test
    void aRefundGoesOutOnceAndASignedPaymentEventStartsAWorkflow() throws Exception {
        try (var stripe = new LocalStripe()) {
            platform.uninstallIfPresent("stripe");
            JsonNode installed = platform.install("stripe", "1.0.0");
            assertThat(installed.path("state").asText()).as(installed.toString()).isEqualTo("INSTALLED");
            var tenant = platform.newTenant("stripe");
            String admin = tenant.token("Admin");
            Api.Reply enabled = api.send("PUT", "/v1/marketplace/skills/stripe/enablement", admin, Map.of(), null);
            assertThat(enabled.status()).as(enabled.toString()).isEqualTo(200);

            Api.Reply refused = api.send("PUT", "/v1/connections/stripe", admin, Map.of("apiKey", "sk_test_wrong",
                    "baseUrl", stripe.baseUrl()), null);
            assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
            assertThat(refused.body().toString()).contains("apiKey", "Stripe refused the API key");
            assertThat(api.send("PUT", "/v1/connections/stripe", tenant.token("Viewer"), Map.of("apiKey", KEY),
                    null).status()).isEqualTo(403);

            Api.Reply connected = api.send("PUT", "/v1/connections/stripe", admin, Map.of("apiKey", KEY,
                    "webhookSecret", SIGNING_SECRET, "baseUrl", stripe.baseUrl()), null);
            assertThat(connected.status()).as(connected.toString()).isEqualTo(200);
            assertThat(connected.text("state")).isEqualTo("CONNECTED");
            String hookPath = connected.text("webhookPath");
            assertThat(hookPath).startsWith("/api/v1/hooks/stripe/");
            var other = platform.newTenant("stripe-other");
            JsonNode seenByOther = api.get("/v1/connections/stripe", other.token("Admin")).body();
            assertThat(seenByOther.path("state").asText()).isEqualTo("NOT_CONNECTED");
            assertThat(seenByOther.hasNonNull("connectionId")).isFalse();
            assertThat(api.delete("/v1/connections/stripe", other.token("Admin")).status()).isEqualTo(204);
            assertThat(api.post("/v1/connections/stripe/check", other.token("Admin"), Map.of()).status())
                    .isEqualTo(404);
            JsonNode listed = api.get("/v1/connections", tenant.token("Viewer")).body();
            assertThat(listed.toString()).contains("\"stripe\"", "CONNECTED").doesNotContain(KEY, SIGNING_SECRET);

            String refundWorkflow = api.post("/v1/workflows", admin, Api.JSON.readTree("""
                    {"name": "Refund", "trigger": {"type": "manual"}, "start": "refund", "nodes": [
                      {"id": "refund", "type": "step", "step": "stripe.refund.create",
                       "input": {"paymentIntent": "=input.paymentIntent", "amount": "=input.amount"},
                       "next": "done"},
                      {"id": "done", "type": "end"}]}""")).text("id");
            Api.Reply run = api.post("/v1/workflows/" + refundWorkflow + "/runs", tenant.token("User"),
                    Map.of("paymentIntent", "pi_it", "amount", 750));
            assertThat(run.status()).as(run.toString()).isLessThan(300);
            JsonNode effect = awaitDeliveredEffect(run.text("id"), admin);
            assertThat(stripe.refunds).hasSize(1);
            assertThat(stripe.refunds.get(0)).contains("payment_intent=pi_it", "amount=750");
            assertThat(stripe.keys).containsKey(effect.path("idempotencyKey").asText());

            String onPayment = api.post("/v1/workflows", admin, Api.JSON.readTree("""
                    {"name": "Thank the payer", "trigger": {"type": "event", "event": "payment.succeeded"},
                     "start": "note", "nodes": [
                      {"id": "note", "type": "step", "step": "data.set",
                       "input": {"amount": "=trigger.event.data.amount"}, "next": "done"},
                      {"id": "done", "type": "end"}]}""")).text("id");
            String event = "{\"id\":\"evt_it_1\",\"object\":\"event\",\"type\":\"payment_intent.succeeded\","
                    + "\"created\":" + Instant.now().getEpochSecond() + ",\"livemode\":false,\"data\":{\"object\":"
                    + "{\"id\":\"pi_paid\",\"object\":\"payment_intent\",\"amount\":1999,\"amount_received\":1999,"
                    + "\"currency\":\"eur\",\"customer\":\"cus_it\"}}}";
            String path = hookPath.substring("/api".length());
            Api.Reply forged = api.send("POST", path, null, event, null, Map.of("Stripe-Signature",
                    signature("whsec_guess", event)));
            assertThat(forged.status()).isEqualTo(401);
            Api.Reply delivered = api.send("POST", path, null, event, null, Map.of("Stripe-Signature",
                    signature(SIGNING_SECRET, event)));
            assertThat(delivered.status()).as(delivered.toString()).isEqualTo(200);
            assertThat(delivered.body().path("published").asInt()).isEqualTo(1);
            Api.Reply again = api.send("POST", path, null, event, null, Map.of("Stripe-Signature",
                    signature(SIGNING_SECRET, event)));
            assertThat(again.body().path("repeated").asInt()).isEqualTo(1);

            List<JsonNode> runs = awaitRuns(onPayment, admin);
            assertThat(runs).hasSize(1);
            assertThat(runs.get(0).path("input").path("amount").asInt()).isEqualTo(1999);

            try (Browser browser = new Browser(platform.origin(), Browser.DESKTOP)) {
                browser.signIn(tenant.slug, "chief", tenant.passwords.get("Admin"));
                browser.open("/settings/connections");
                browser.waitForText("Webhook address for Stripe: ");
                assertThat(browser.text()).contains("Connected");
                assertThat(browser.text()).contains("Webhook address for Stripe: ", hookPath)
                        .doesNotContain(KEY, SIGNING_SECRET);
                browser.click("#connector-stripe-check");
                browser.waitForText("Stripe answered: it works.");
            }
        }
    }

    private JsonNode awaitDeliveredEffect(String runId, String token) throws InterruptedException {
        JsonNode run = null;
        for (int i = 0; i < 300; i++) {
            run = api.get("/v1/runs/" + runId, token).body();
            JsonNode effects = run.path("effects");
            if (effects.size() == 1 && effects.get(0).path("state").asText().equals("DELIVERED")) {
                return effects.get(0);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("The refund was never delivered: " + run);
    }

    private List<JsonNode> awaitRuns(String workflowId, String token) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            var runs = new java.util.ArrayList<JsonNode>();
            api.get("/v1/runs", token).body().path("items").forEach(r -> {
                if (r.path("workflowId").asText().equals(workflowId)) {
                    runs.add(r);
                }
            });
            if (!runs.isEmpty()) {
                Thread.sleep(300);
                return runs;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No run of " + workflowId + " started");
    }

    private static String signature(String secret, String body) throws Exception {
        long t = Instant.now().getEpochSecond();
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "t=" + t + ",v1=" + HexFormat.of().formatHex(mac.doFinal((t + "." + body)
                .getBytes(StandardCharsets.UTF_8)));
    }

    /** Enough of Stripe for this journey: the balance, refunds with idempotency keys, Stripe's errors. */
    private static final class LocalStripe implements AutoCloseable {
        final List<String> refunds = new CopyOnWriteArrayList<>();
        final Map<String, String> keys = new ConcurrentHashMap<>();
        private final HttpServer server;

        LocalStripe() throws IOException {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/v1/", this::handle);
            server.start();
        }

        String baseUrl() {
            return "http://127.0.0.1:" + server.getAddress().getPort();
        }

        private void handle(HttpExchange exchange) throws IOException {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            if (!("Bearer " + KEY).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                answer(exchange, 401, "{\"error\":{\"type\":\"invalid_request_error\",\"message\":\"Invalid API Key"
                        + " provided\"}}");
                return;
            }
            String path = exchange.getRequestURI().getPath();
            if (path.equals("/v1/balance")) {
                answer(exchange, 200, "{\"object\":\"balance\",\"livemode\":false}");
                return;
            }
            String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
            String earlier = key == null ? null : keys.get(key);
            if (earlier != null) {
                exchange.getResponseHeaders().add("Idempotent-Replayed", "true");
                answer(exchange, 200, earlier);
                return;
            }
            refunds.add(body);
            String created = "{\"id\":\"re_" + refunds.size() + "\",\"object\":\"refund\",\"status\":\"succeeded\"}";
            if (key != null) {
                keys.put(key, created);
            }
            answer(exchange, 200, created);
        }

        private static void answer(HttpExchange exchange, int status, String body) throws IOException {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }
}
