package dev.platina.ai.mcp.internal;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * What every connection to an outside MCP server shares: the HTTP client, the time and size limits, and the
 * watchdog thread that ends answers which keep streaming past the time limit. Close it to stop the thread.
 */
final class McpTransport implements AutoCloseable {

    final HttpClient http;
    final Duration timeout;
    final long maxResponseBytes;
    final ScheduledExecutorService watchdog;

    McpTransport(Duration timeout, long maxResponseBytes) {
        this.timeout = timeout;
        this.maxResponseBytes = maxResponseBytes;
        // HTTP/1.1: the JDK's cleartext HTTP/2 upgrade on a POST with a body trips up some servers.
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1).build();
        this.watchdog = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "platina-mcp-watchdog");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** A connection to one server; nothing is sent until the first call. */
    McpClient connect(URI endpoint, Map<String, String> headers) {
        return new McpClient(this, endpoint, headers);
    }

    @Override
    public void close() {
        watchdog.shutdownNow();
    }
}
