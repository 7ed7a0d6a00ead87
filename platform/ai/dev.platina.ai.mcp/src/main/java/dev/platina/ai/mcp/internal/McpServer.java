package dev.platina.ai.mcp.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

/**
 * An organisation's outside MCP server as stored: where it is, the names of the headers sent to it (their values
 * are sealed and never read back), and how the last tools/list went.
 */
record McpServer(UUID id, String name, String url, List<String> headerNames, Instant createdAt, String createdBy,
        Health health) {

    McpServer {
        headerNames = List.copyOf(headerNames);
    }

    /** The last successful tools/list with its tool count, and the last failure in plain words. */
    record Health(Optional<Instant> lastSuccessAt, OptionalInt toolCount, Optional<String> lastError,
            Optional<Instant> lastErrorAt) {

        static final Health UNKNOWN = new Health(Optional.empty(), OptionalInt.empty(), Optional.empty(),
                Optional.empty());

        /** {@code ok} when the last attempt worked, {@code failing} when it did not, {@code unknown} before any. */
        String status() {
            if (lastSuccessAt.isEmpty() && lastErrorAt.isEmpty()) {
                return "unknown";
            }
            if (lastErrorAt.isEmpty()) {
                return "ok";
            }
            return lastSuccessAt.isPresent() && lastSuccessAt.get().isAfter(lastErrorAt.get()) ? "ok" : "failing";
        }
    }
}
