package dev.platina.ai.providers.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A provider's HTTP endpoint on loopback, speaking whatever wire format the test scripts: it records every request
 * and answers with the scripted replies in order, repeating the last one.
 */
final class ProviderPeer implements AutoCloseable {

    /** A request as the peer received it. */
    record Received(String method, String path, String query, Headers headers, JsonNode body) {

        String header(String name) {
            return headers.getFirst(name);
        }
    }

    /** A scripted reply; it may never answer, or send its body without a length (chunked). */
    record Reply(int status, Map<String, String> headers, byte[] body, boolean neverAnswers, boolean chunked) {

        static Reply json(int status, String body) {
            return new Reply(status, Map.of(), body.getBytes(StandardCharsets.UTF_8), false, false);
        }

        static Reply silent() {
            return new Reply(200, Map.of(), new byte[0], true, false);
        }

        Reply withHeader(String name, String value) {
            Map<String, String> more = new java.util.HashMap<>(headers);
            more.put(name, value);
            return new Reply(status, Map.copyOf(more), body, neverAnswers, chunked);
        }

        Reply streamed() {
            return new Reply(status, headers, body, neverAnswers, true);
        }
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Deque<Reply> replies = new ArrayDeque<>();
    private final CountDownLatch closing = new CountDownLatch(1);

    ProviderPeer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    /** Replies in this order; the last one repeats. */
    synchronized ProviderPeer replies(Reply... scripted) {
        replies.clear();
        replies.addAll(List.of(scripted));
        return this;
    }

    URI baseUrl(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    Received last() {
        return received.get(received.size() - 1);
    }

    private synchronized Reply next() {
        return replies.size() > 1 ? replies.poll() : replies.peek();
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        Headers headers = new Headers();
        headers.putAll(exchange.getRequestHeaders());
        received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                exchange.getRequestURI().getRawQuery(), headers,
                body.length == 0 ? null : Json.MAPPER.readTree(body)));
        Reply reply = next();
        try {
            if (reply.neverAnswers()) {
                closing.await(30, TimeUnit.SECONDS);
                return;
            }
            exchange.getResponseHeaders().set("content-type", "application/json");
            reply.headers().forEach(exchange.getResponseHeaders()::set);
            exchange.sendResponseHeaders(reply.status(), reply.chunked() ? 0 : reply.body().length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(reply.body());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException clientWentAway) {
            // the client may hang up on purpose, e.g. on a body over the limit
        } finally {
            exchange.close();
        }
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        threads.shutdownNow();
    }
}
