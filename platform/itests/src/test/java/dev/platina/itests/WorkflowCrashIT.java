package dev.platina.itests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A run survives {@code kill -9} of the platform's JVM in the middle of a parallel section. The side effects go to
 * a real HTTP peer that books each {@code Idempotency-Key} once, as payment and CRM APIs do; after the restart the
 * run completes and every effect is booked exactly once, although the interrupted requests were sent again.
 */
class WorkflowCrashIT {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(240);
    private static final String PASSWORD = "operator passphrase for the crash test";

    private KarafProcess karaf;
    private HttpServer ledger;
    private String ledgerUrl;
    private final Map<String, String> booked = new ConcurrentHashMap<>();
    private final AtomicInteger deliveries = new AtomicInteger();
    private final AtomicInteger inFlight = new AtomicInteger();

    @AfterEach
    void cleanUp() {
        if (karaf != null) {
            karaf.destroy();
        }
        if (ledger != null) {
            ledger.stop(0);
        }
    }

    @Test
    void aRunKilledInItsParallelSectionCompletesAfterRestartWithEveryEffectBookedOnce() throws Exception {
        startLedger();
        Path home = unpack();
        // The ledger listens on loopback; an operator allows that explicitly, as here.
        Files.writeString(home.resolve("etc/dev.platina.workflow.http.cfg"), "allowPrivateAddresses = true\n");
        int port = FreePort.find();
        Path console = home.resolveSibling("console.log");
        karaf = KarafProcess.start(home, port, console, Map.of("PLATINA_ADMIN_PASSWORD", PASSWORD));
        karaf.awaitHealthy(START_TIMEOUT);
        var api = new Api(port);
        String token = api.login("platform", "admin", PASSWORD);
        String workflow = api.post("/v1/workflows", token, Map.of("name", "Book twice", "start", "fan", "nodes",
                List.of(Map.of("id", "fan", "type", "parallel", "branches", List.of("left", "right")),
                        book("left", "both"), book("right", "both"),
                        Map.of("id", "both", "type", "join", "next", "after"),
                        book("after", "done"),
                        Map.of("id", "done", "type", "end")))).text("id");
        assertThat(workflow).isNotNull();

        String run = api.post("/v1/workflows/" + workflow + "/runs", token, Map.of()).text("id");
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (inFlight.get() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(inFlight.get()).as("both branches are in the middle of their request").isEqualTo(2);
        karaf.kill();

        karaf = KarafProcess.start(home, port, console, Map.of("PLATINA_ADMIN_PASSWORD", PASSWORD));
        karaf.awaitHealthy(START_TIMEOUT);
        String fresh = api.login("platform", "admin", PASSWORD);
        JsonNode finished = await(api, run, fresh);

        assertThat(finished.path("state").asText()).as(finished.toString()).isEqualTo("COMPLETED");
        assertThat(booked.values()).containsExactlyInAnyOrder("left", "right", "after");
        assertThat(deliveries.get()).as("the interrupted requests were sent again with the same keys")
                .isGreaterThanOrEqualTo(5);
        for (JsonNode task : finished.path("tasks")) {
            if (List.of("left", "right").contains(task.path("node").asText())) {
                assertThat(task.path("attempts").asInt()).as(task.toString()).isEqualTo(2);
            }
        }
    }

    private Map<String, Object> book(String id, String next) {
        return Map.of("id", id, "type", "step", "step", "http.request", "next", next, "input", Map.of("method",
                "POST", "url", ledgerUrl, "body", Map.of("entry", id)));
    }

    /** A peer that books each Idempotency-Key once; the first booking of a branch takes a while to answer. */
    private void startLedger() throws Exception {
        ledger = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        ledger.setExecutor(Executors.newFixedThreadPool(4));
        ledger.createContext("/book", exchange -> {
            String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String entry = body.replaceAll(".*\"entry\"\\s*:\\s*\"([a-z]+)\".*", "$1");
            deliveries.incrementAndGet();
            boolean first = booked.putIfAbsent(key, entry) == null;
            if (first && !entry.equals("after")) {
                inFlight.incrementAndGet();
                try {
                    // Long enough for the test to kill the platform while the step waits for this answer.
                    Thread.sleep(5000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            byte[] answer = ("{\"booked\": \"" + entry + "\"}").getBytes(StandardCharsets.UTF_8);
            try {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, answer.length);
                exchange.getResponseBody().write(answer);
            } catch (java.io.IOException gone) {
                // The platform was killed while we waited: nobody reads this answer.
            } finally {
                exchange.close();
            }
        });
        ledger.start();
        ledgerUrl = "http://127.0.0.1:" + ledger.getAddress().getPort() + "/book";
    }

    private static Path unpack() throws Exception {
        Path target = Path.of("target", "crash-" + System.currentTimeMillis()).toAbsolutePath();
        Files.createDirectories(target);
        Process tar = new ProcessBuilder("tar", "-xzf", System.getProperty("platina.distribution"), "-C",
                target.toString()).inheritIO().start();
        assertThat(tar.waitFor()).isZero();
        return target.resolve("platina-" + System.getProperty("platina.version"));
    }

    private static JsonNode await(Api api, String run, String token) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        JsonNode state = api.get("/v1/runs/" + run, token).body();
        while (state.path("state").asText().equals("RUNNING") && System.nanoTime() < deadline) {
            Thread.sleep(100);
            state = api.get("/v1/runs/" + run, token).body();
        }
        return state;
    }
}
