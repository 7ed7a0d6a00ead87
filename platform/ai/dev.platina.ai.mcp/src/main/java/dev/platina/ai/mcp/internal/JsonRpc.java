package dev.platina.ai.mcp.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/** JSON-RPC 2.0 answers and the error codes the specification fixes. */
final class JsonRpc {

    static final int PARSE_ERROR = -32700;
    static final int INVALID_REQUEST = -32600;
    static final int METHOD_NOT_FOUND = -32601;
    static final int INVALID_PARAMS = -32602;
    static final int INTERNAL_ERROR = -32603;

    private JsonRpc() {
    }

    static Map<String, Object> result(JsonNode id, Object result) {
        var answer = new LinkedHashMap<String, Object>();
        answer.put("jsonrpc", "2.0");
        answer.put("id", id);
        answer.put("result", result);
        return answer;
    }

    /** An error answer; {@code id} null when the request's id could not be read. */
    static Map<String, Object> error(JsonNode id, int code, String message) {
        var answer = new LinkedHashMap<String, Object>();
        answer.put("jsonrpc", "2.0");
        answer.put("id", id);
        answer.put("error", Map.of("code", code, "message", message));
        return answer;
    }
}
