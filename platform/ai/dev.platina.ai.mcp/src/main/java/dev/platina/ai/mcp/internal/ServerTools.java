package dev.platina.ai.mcp.internal;

import java.util.List;
import java.util.Optional;

/** One server's tools as listed just now, or why they could not be listed. */
record ServerTools(McpServer server, List<RemoteTool> tools, Optional<String> error) {

    ServerTools {
        tools = List.copyOf(tools);
    }
}
