package dev.platina.marketplace.impl.internal;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Test fixture: the JDK's HTTP server on 127.0.0.1 (ephemeral port) serving a repository folder under
 * {@code /skills/}, as a publisher's web server would. A path can be told to misbehave instead.
 */
final class RepositoryServer implements AutoCloseable {

    private static final String PREFIX = "/skills/";

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final Map<String, HttpHandler> misbehaving = new ConcurrentHashMap<>();

    private RepositoryServer(Path root) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(PREFIX, exchange -> {
            String path = exchange.getRequestURI().getPath().substring(PREFIX.length());
            misbehaving.getOrDefault(path, fileFrom(root, path)).handle(exchange);
        });
        // One thread per exchange, so a stalled answer does not hold up the others.
        server.setExecutor(threads);
        server.start();
    }

    static RepositoryServer serving(Path root) throws IOException {
        return new RepositoryServer(root);
    }

    /** The repository's location as an operator configures it (no trailing slash, as people write it). */
    String location() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + PREFIX.substring(0, PREFIX.length() - 1);
    }

    void answer(String path, HttpHandler handler) {
        misbehaving.put(path, handler);
    }

    static HttpHandler status(int code) {
        return exchange -> {
            exchange.sendResponseHeaders(code, -1);
            exchange.close();
        };
    }

    /** Says nothing at all for {@code delay}, then answers from {@code then}. */
    static HttpHandler silentFor(Duration delay, HttpHandler then) {
        return exchange -> {
            if (pause(delay)) {
                then.handle(exchange);
            }
            exchange.close();
        };
    }

    /** Sends the headers and the first half of {@code content}, then goes quiet until stopped. */
    static HttpHandler stallingHalfway(byte[] content) {
        return exchange -> {
            exchange.sendResponseHeaders(200, content.length);
            OutputStream body = exchange.getResponseBody();
            body.write(content, 0, content.length / 2);
            body.flush();
            pause(Duration.ofMinutes(5));
            exchange.close();
        };
    }

    /** Sends {@code content} in {@code pieces} parts with a pause before each: slow, but never silent for long. */
    static HttpHandler trickling(byte[] content, int pieces, Duration pause) {
        return exchange -> {
            exchange.sendResponseHeaders(200, content.length);
            OutputStream body = exchange.getResponseBody();
            int piece = (content.length + pieces - 1) / pieces;
            for (int from = 0; from < content.length && pause(pause); from += piece) {
                body.write(content, from, Math.min(piece, content.length - from));
                body.flush();
            }
            exchange.close();
        };
    }

    /** Streams zeros without a length and without end, as a broken or hostile server would. */
    static HttpHandler endless() {
        return exchange -> {
            exchange.sendResponseHeaders(200, 0);
            byte[] block = new byte[64 * 1024];
            try (OutputStream body = exchange.getResponseBody()) {
                while (!Thread.currentThread().isInterrupted()) {
                    body.write(block);
                }
            } catch (IOException e) {
                // The client hung up, which is what it should do.
            }
        };
    }

    private static HttpHandler fileFrom(Path root, String path) {
        return exchange -> {
            Path file = root.resolve(path).normalize();
            if (file.startsWith(root) && Files.isRegularFile(file)) {
                byte[] content = Files.readAllBytes(file);
                exchange.sendResponseHeaders(200, content.length);
                exchange.getResponseBody().write(content);
            } else {
                exchange.sendResponseHeaders(404, -1);
            }
            exchange.close();
        };
    }

    private static boolean pause(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Stops listening, so the port refuses connections, and ends stalled answers. */
    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
