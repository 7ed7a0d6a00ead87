package dev.platina.ai.mcp.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.platina.core.api.AccessDeniedException;
import dev.platina.core.api.InvalidInputException;
import dev.platina.core.api.NotFoundException;
import dev.platina.identity.api.Caller;
import dev.platina.workflow.api.StepDescriptor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The MCP methods of the endpoint for one message of an authenticated API token: initialize, ping, tools/list and
 * tools/call (every call a run of the tool-calls workflow, so it waits for approval), and the status tool for
 * calls that were still waiting.
 */
final class McpProtocol {

    static final String STATUS_TOOL = "platina_call_status";
    static final String SERVER_NAME = "platina";

    /** What to send back: the HTTP status, the JSON-RPC answer if any, and a new session id after initialize. */
    record Answer(int status, Optional<Map<String, Object>> body, Optional<McpSessions.Session> opened) {

        static Answer accepted() {
            return new Answer(202, Optional.empty(), Optional.empty());
        }

        static Answer of(Map<String, Object> body) {
            return new Answer(200, Optional.of(body), Optional.empty());
        }
    }

    private final McpEndpoint endpoint;
    private final McpSessions sessions;

    McpProtocol(McpEndpoint endpoint, McpSessions sessions) {
        this.endpoint = endpoint;
        this.sessions = sessions;
    }

    Answer handle(Caller caller, JsonNode message, Optional<McpSessions.Session> session) {
        if (!message.isObject() || !"2.0".equals(message.path("jsonrpc").asText())) {
            return new Answer(400, Optional.of(JsonRpc.error(NullNode.getInstance(), JsonRpc.INVALID_REQUEST,
                    "Send one JSON-RPC 2.0 message as an object with \"jsonrpc\": \"2.0\" (batches are not"
                            + " supported).")), Optional.empty());
        }
        JsonNode id = message.get("id");
        if (!message.path("method").isTextual()) {
            // A client's response to a server request: this server sends none, so there is nothing to do.
            return message.has("result") || message.has("error") ? Answer.accepted()
                    : new Answer(400, Optional.of(JsonRpc.error(id, JsonRpc.INVALID_REQUEST,
                            "A request names its method.")), Optional.empty());
        }
        String method = message.path("method").asText();
        if (id == null || id.isNull()) {
            return Answer.accepted();
        }
        JsonNode params = message.path("params");
        if (!params.isMissingNode() && !params.isObject()) {
            return Answer.of(JsonRpc.error(id, JsonRpc.INVALID_PARAMS, "params must be an object"));
        }
        return switch (method) {
            case "initialize" -> initialize(caller, id, params);
            case "ping" -> Answer.of(JsonRpc.result(id, Map.of()));
            case "tools/list" -> Answer.of(JsonRpc.result(id, Map.of("tools", tools(caller))));
            case "tools/call" -> Answer.of(call(caller, id, params, session));
            default -> Answer.of(JsonRpc.error(id, JsonRpc.METHOD_NOT_FOUND, "Method '" + method + "' is not"
                    + " supported; this server offers initialize, ping, tools/list and tools/call."));
        };
    }

    private Answer initialize(Caller caller, JsonNode id, JsonNode params) {
        String asked = params.path("protocolVersion").asText("");
        String version = McpClient.VERSIONS.contains(asked) ? asked : McpClient.LATEST_VERSION;
        JsonNode client = params.path("clientInfo");
        McpSessions.Session session = sessions.open(caller, client.path("name").asText("unknown client"),
                client.path("version").asText(""), version);
        var result = new LinkedHashMap<String, Object>();
        result.put("protocolVersion", version);
        result.put("capabilities", Map.of("tools", Map.of("listChanged", false)));
        result.put("serverInfo", Map.of("name", SERVER_NAME, "title", "Platina", "version", "1.0.0"));
        result.put("instructions", "The tools are the actions of your organisation in Platina. A call does"
                + " nothing until your organisation's approvers allowed it (some actions may be approved at once);"
                + " while it waits, the result names a run id to ask about with " + STATUS_TOOL + ".");
        return new Answer(200, Optional.of(JsonRpc.result(id, result)), Optional.of(session));
    }

    private List<Map<String, Object>> tools(Caller caller) {
        var tools = new ArrayList<Map<String, Object>>();
        for (StepDescriptor step : endpoint.tools(caller)) {
            var tool = new LinkedHashMap<String, Object>();
            tool.put("name", step.type());
            if (step.title() != null) {
                tool.put("title", step.title());
            }
            tool.put("description", (step.description() == null ? "" : step.description() + " ")
                    + "Runs after approval by your organisation.");
            tool.put("inputSchema", objectSchema(step.inputSchema()));
            tools.add(tool);
        }
        tools.add(Map.of("name", STATUS_TOOL, "title", "Status of a call",
                "description", "Tells whether an earlier call that waited for approval was performed, rejected or"
                        + " still waits, with its result.",
                "inputSchema", Map.of("type", "object", "required", List.of("runId"), "properties",
                        Map.of("runId", Map.of("type", "string", "description", "The run id the call answered")))));
        return tools;
    }

    private Map<String, Object> call(Caller caller, JsonNode id, JsonNode params,
            Optional<McpSessions.Session> session) {
        String name = params.path("name").asText("");
        JsonNode arguments = params.path("arguments");
        if (name.isEmpty()) {
            return JsonRpc.error(id, JsonRpc.INVALID_PARAMS, "Name the tool in params.name.");
        }
        if (!arguments.isMissingNode() && !arguments.isNull() && !arguments.isObject()) {
            return JsonRpc.error(id, JsonRpc.INVALID_PARAMS, "params.arguments must be an object.");
        }
        try {
            if (name.equals(STATUS_TOOL)) {
                return JsonRpc.result(id, status(caller, arguments));
            }
            Optional<StepDescriptor> step = endpoint.tools(caller).stream().filter(t -> t.type().equals(name))
                    .findFirst();
            if (step.isEmpty()) {
                return JsonRpc.error(id, JsonRpc.INVALID_PARAMS, "Unknown tool '" + name + "'; list the tools with"
                        + " tools/list.");
            }
            Map<String, Object> given = McpJson.map(arguments);
            Optional<String> missing = missingArgument(step.get(), given);
            if (missing.isPresent()) {
                return JsonRpc.error(id, JsonRpc.INVALID_PARAMS, "The tool " + name + " needs the argument '"
                        + missing.get() + "'.");
            }
            return JsonRpc.result(id, endpoint.call(caller, name, given, client(caller, session)).toResult());
        } catch (AccessDeniedException | NotFoundException | InvalidInputException e) {
            return JsonRpc.result(id, Map.of("content", List.of(Map.of("type", "text", "text", e.getMessage())),
                    "isError", true));
        }
    }

    private Map<String, Object> status(Caller caller, JsonNode arguments) {
        UUID runId;
        try {
            runId = UUID.fromString(arguments.path("runId").asText(""));
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("MCP call '" + arguments.path("runId").asText("") + "'");
        }
        return endpoint.status(caller, runId).toResult();
    }

    private static Map<String, Object> client(Caller caller, Optional<McpSessions.Session> session) {
        var client = new LinkedHashMap<String, Object>();
        client.put("name", session.map(McpSessions.Session::clientName).orElse("unknown client"));
        session.map(McpSessions.Session::clientVersion).filter(v -> !v.isEmpty()).ifPresent(v -> client.put(
                "version", v));
        client.put("user", caller.username());
        client.put("userId", String.valueOf(caller.userId()));
        return client;
    }

    private static Optional<String> missingArgument(StepDescriptor step, Map<String, Object> arguments) {
        if (step.inputSchema().get("required") instanceof List<?> required) {
            return required.stream().map(String::valueOf).filter(r -> !arguments.containsKey(r)).findFirst();
        }
        return Optional.empty();
    }

    /** MCP asks for an object schema; steps without a schema take any object. */
    private static Map<String, Object> objectSchema(Map<String, Object> schema) {
        var object = new LinkedHashMap<String, Object>(schema);
        object.put("type", "object");
        return object;
    }
}
