package dev.platina.benchmarks;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signed vendor webhooks into a running platform: deliveries per second and the latency of each, through the public
 * origin as Stripe would send them, with a share of repeats (vendors retry) that must be acknowledged without
 * publishing again.
 *
 * <p>As the operator it installs the Stripe skill from the built-in marketplace (unless installed), enables it for
 * the operator's organisation, connects it to a local stand-in that answers the key check ({@code GET /v1/balance}),
 * and saves a workflow triggered by {@code payment.succeeded} with one {@code data.set} step, so every new event also
 * starts a run. Then C client threads post E signed {@code payment_intent.succeeded} events (each with its own id)
 * as fast as they can, every K-th of them posted twice. The receipts must add up: E published, E/K repeated, no
 * other answer than 200. Latency is the client's, from sending to the whole answer; the server's work in it is
 * the connection look-up, signature check, duplicate check, publishing (event and triggered run) and the note that
 * the event was received.
 * Afterwards it waits until the newest runs of the workflow have completed (the engine drained what the webhooks
 * started) and prints how long that took after the last delivery.
 *
 * <pre>java -cp benchmarks.jar dev.platina.benchmarks.WebhookIngest ORIGIN ORGANIZATION USER PASSWORD
 *     [--events 5000] [--concurrency 8] [--repeat-every 10] [--warmup 300]</pre>
 */
public final class WebhookIngest {

    private static final String SECRET = "whsec_benchmark_0123456789abcdef";
    private static final String STRIPE_VERSION = "1.0.0";
    private static final long DRAIN_TIMEOUT_MILLIS = 300_000;

    private final PlatformClient api;
    private final String origin;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private String hookUrl;
    private String workflowId;

    private WebhookIngest(PlatformClient api, String origin) {
        this.api = api;
        this.origin = origin.replaceAll("/+$", "");
    }

    /** What one batch of deliveries gave. */
    record Batch(int sent, double seconds, List<Long> micros, int published, int repeated, Map<Integer, Integer> other) {

        double perSecond() {
            return sent / seconds;
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: WebhookIngest ORIGIN ORGANIZATION USER PASSWORD [--events 5000]"
                    + " [--concurrency 8] [--repeat-every 10] [--warmup 300]");
            System.exit(2);
        }
        int events = option(args, "--events", 5_000);
        int concurrency = option(args, "--concurrency", 8);
        int repeatEvery = option(args, "--repeat-every", 10);
        int warmup = option(args, "--warmup", 300);
        HttpServer stripe = localStripe();
        try {
            var bench = new WebhookIngest(PlatformClient.signIn(args[0], args[1], args[2], args[3]), args[0]);
            bench.setUp("http://127.0.0.1:" + stripe.getAddress().getPort());
            bench.deliver("warmup", warmup, concurrency, repeatEvery);
            Batch batch = bench.deliver("run", events, concurrency, repeatEvery);
            Instant last = Instant.now();
            double drained = bench.drain(last);
            bench.report(batch, events, repeatEvery, concurrency, drained);
        } finally {
            stripe.stop(0);
        }
    }

    /** Stripe's balance read, all the connection's check asks of it. */
    private static HttpServer localStripe() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1/balance", exchange -> {
            byte[] body = "{\"object\":\"balance\",\"livemode\":false,\"available\":[{\"amount\":0,\"currency\":\"eur\"}]}"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        return server;
    }

    private void setUp(String stripeUrl) throws Exception {
        boolean installed = ((List<?>) api.get("/v1/marketplace/skills").expect(200).get("items")).stream()
                .anyMatch(skill -> "stripe".equals(((Map<?, ?>) skill).get("id")));
        if (!installed) {
            Map<String, Object> job = api.send("POST", "/v1/marketplace/installations", Map.of("skillId", "stripe",
                    "version", STRIPE_VERSION)).expect(202);
            long deadline = System.currentTimeMillis() + 120_000;
            Object state = null;
            while (System.currentTimeMillis() < deadline && !"INSTALLED".equals(state)) {
                Thread.sleep(250);
                PlatformClient.Reply reply = api.get("/v1/marketplace/installations/" + job.get("id"));
                state = reply.status() >= 500 ? null : reply.expect(200).get("state");
                if ("FAILED".equals(state)) {
                    throw new IllegalStateException("Installing the Stripe skill failed: " + reply.body());
                }
            }
            if (!"INSTALLED".equals(state)) {
                throw new IllegalStateException("The Stripe skill did not install within 120 s");
            }
        }
        api.send("PUT", "/v1/marketplace/skills/stripe/enablement", Map.of()).expect(200);
        Map<String, Object> connected = api.send("PUT", "/v1/connections/stripe", Map.of("apiKey",
                "sk_test_benchmark", "webhookSecret", SECRET, "baseUrl", stripeUrl)).expect(200);
        if (!"CONNECTED".equals(connected.get("state"))) {
            throw new IllegalStateException("Stripe did not connect: " + connected);
        }
        hookUrl = origin + connected.get("webhookPath");
        workflowId = (String) api.send("POST", "/v1/workflows", Map.of("name", "Webhook benchmark "
                + Instant.now(), "trigger", Map.of("type", "event", "event", "payment.succeeded"), "start", "note",
                "nodes", List.of(Map.of("id", "note", "type", "step", "step", "data.set", "input",
                        Map.of("amount", "=trigger.event.data.amount"), "next", "done"),
                        Map.of("id", "done", "type", "end")))).expect(201).get("id");
        System.out.printf("Stripe connected (stand-in at %s), hook %s, workflow %s%n", stripeUrl, hookUrl,
                workflowId);
    }

    /** Posts {@code count} new events from {@code threads} threads, every {@code repeatEvery}-th one twice. */
    private Batch deliver(String name, int count, int threads, int repeatEvery) throws Exception {
        var next = new AtomicInteger();
        var micros = new ConcurrentLinkedQueue<Long>();
        var published = new AtomicInteger();
        var repeated = new AtomicInteger();
        var other = new ConcurrentHashMap<Integer, Integer>();
        var sent = new AtomicLong();
        String batch = name + "_" + Long.toString(System.nanoTime(), 36);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    String event = event("evt_" + batch + "_" + i, 100 + i % 9_000);
                    int times = repeatEvery > 0 && i % repeatEvery == 0 ? 2 : 1;
                    for (int n = 0; n < times; n++) {
                        long began = System.nanoTime();
                        HttpResponse<String> answer = post(event);
                        micros.add((System.nanoTime() - began) / 1_000);
                        sent.incrementAndGet();
                        if (answer.statusCode() == 200) {
                            published.addAndGet(number(answer.body(), "published"));
                            repeated.addAndGet(number(answer.body(), "repeated"));
                        } else {
                            other.merge(answer.statusCode(), 1, Integer::sum);
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        var result = new Batch((int) sent.get(), seconds, new ArrayList<>(micros), published.get(), repeated.get(),
                Map.copyOf(other));
        System.out.printf("%s: %d deliveries in %.1f s = %.0f/s; p50 %.1f / p95 %.1f / p99 %.1f / max %.1f ms;"
                + " published %d, repeated %d, other answers %s%n", name, result.sent(), seconds,
                result.perSecond(), millis(result.micros(), 50), millis(result.micros(), 95),
                millis(result.micros(), 99), millis(result.micros(), 100), result.published(), result.repeated(),
                result.other());
        return result;
    }

    private HttpResponse<String> post(String event) throws Exception {
        long now = Instant.now().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(hookUrl)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .header("Stripe-Signature", "t=" + now + ",v1=" + hmac(now + "." + event))
                .POST(HttpRequest.BodyPublishers.ofString(event)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String event(String id, int amount) {
        return "{\"id\":\"" + id + "\",\"object\":\"event\",\"type\":\"payment_intent.succeeded\",\"created\":"
                + Instant.now().getEpochSecond() + ",\"livemode\":false,\"data\":{\"object\":{\"id\":\"pi_" + id
                + "\",\"object\":\"payment_intent\",\"amount\":" + amount + ",\"amount_received\":" + amount
                + ",\"currency\":\"eur\",\"customer\":\"cus_benchmark\"}}}";
    }

    private static String hmac(String signed) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Seconds after the last delivery until the newest 500 runs of the benchmark's workflow have all completed; the
     * engine starts runs roughly in order, so this is when it has caught up with what the webhooks started.
     */
    private double drain(Instant last) throws Exception {
        long deadline = System.currentTimeMillis() + DRAIN_TIMEOUT_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            int ours = 0;
            int done = 0;
            for (Object item : (List<?>) api.get("/v1/runs?limit=500").expect(200).get("items")) {
                Map<?, ?> run = (Map<?, ?>) item;
                if (workflowId.equals(run.get("workflowId"))) {
                    ours++;
                    if ("COMPLETED".equals(run.get("state"))) {
                        done++;
                    }
                }
            }
            if (ours > 0 && ours == done) {
                return Duration.between(last, Instant.now()).toMillis() / 1000.0;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("The webhooks' runs did not complete within "
                + DRAIN_TIMEOUT_MILLIS / 1000 + " s");
    }

    private void report(Batch batch, int events, int repeatEvery, int concurrency, double drained) {
        int expectedRepeats = repeatEvery > 0 ? (events + repeatEvery - 1) / repeatEvery : 0;
        boolean exact = batch.published() == events && batch.repeated() == expectedRepeats
                && batch.other().isEmpty();
        System.out.printf("%nVERDICT %d signed Stripe webhooks (+%d repeats) from %d threads: %.0f deliveries/s,"
                + " p50 %.1f / p95 %.1f / p99 %.1f ms; receipts %s (published %d of %d, repeated %d of %d);"
                + " runs caught up %.1f s after the last delivery%n", events, expectedRepeats, concurrency,
                batch.perSecond(), millis(batch.micros(), 50), millis(batch.micros(), 95), millis(batch.micros(), 99),
                exact ? "EXACT" : "WRONG", batch.published(), events, batch.repeated(), expectedRepeats, drained);
    }

    private static int number(String json, String field) {
        Matcher value = Pattern.compile("\"" + field + "\"\\s*:\\s*(\\d+)").matcher(json);
        return value.find() ? Integer.parseInt(value.group(1)) : 0;
    }

    /** Nearest-rank percentile in milliseconds; 100 is the maximum. */
    private static double millis(List<Long> micros, int percent) {
        if (micros.isEmpty()) {
            return 0;
        }
        List<Long> sorted = new ArrayList<>(micros);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(rank - 1, 0)) / 1000.0;
    }

    private static int option(String[] args, String name, int fallback) {
        for (int i = 4; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return Integer.parseInt(args[i + 1]);
            }
        }
        return fallback;
    }
}
