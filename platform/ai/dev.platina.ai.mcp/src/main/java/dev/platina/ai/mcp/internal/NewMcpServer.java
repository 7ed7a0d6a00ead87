package dev.platina.ai.mcp.internal;

import java.util.Map;

/** A server to add: its name (the prefix of its tools), its MCP endpoint, and headers such as credentials. */
record NewMcpServer(String name, String url, Map<String, String> headers) {

    NewMcpServer {
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }

    /** Never prints the header values. */
    @Override
    public String toString() {
        return "NewMcpServer[name=" + name + ", url=" + url + ", headers=" + headers.keySet() + "]";
    }
}
