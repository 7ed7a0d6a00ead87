package dev.platina.ai.mcp.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.platina.core.api.AuthenticationFailedException;
import dev.platina.identity.api.Caller;
import dev.platina.identity.rest.RequestCallers;
import dev.platina.rest.OperationDescription;
import dev.platina.rest.PlatinaApi;
import dev.platina.rest.ProblemException;
import dev.platina.rest.ProblemType;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * The organisation's MCP server over Streamable HTTP (answers as JSON; no server-initiated stream), for MCP
 * clients holding an API token. Every tools/call becomes a run of the "MCP tool calls" workflow and is performed
 * only after the approval policy allowed it.
 */
@Component(service = McpEndpointResource.class, configurationPid = McpConfiguration.PID)
@JaxrsResource
@JaxrsApplicationSelect(PlatinaApi.APPLICATION_SELECT)
@Path("v1/mcp")
public final class McpEndpointResource {

    static final String SESSION_HEADER = "Mcp-Session-Id";
    static final String VERSION_HEADER = "MCP-Protocol-Version";
    static final ProblemType ENDPOINT_OFF = ProblemType.of("mcp-endpoint-off", "The MCP endpoint is off", 403);
    static final ProblemType ORIGIN_REFUSED = ProblemType.of("origin-refused", "The origin may not call this", 403);
    private static final int LARGEST_MESSAGE = 1024 * 1024;

    private final McpEndpoint endpoint;
    private final McpSessions sessions;
    private final McpProtocol protocol;
    private final Origins origins;

    @Activate
    public McpEndpointResource(@Reference McpEndpoint endpoint, McpConfiguration config) {
        this(endpoint, new McpSessions(Clock.systemUTC()), new Origins(List.of(config.allowedOrigins()),
                System.getProperty("platina.http.port")));
    }

    McpEndpointResource(McpEndpoint endpoint, McpSessions sessions, Origins origins) {
        this.endpoint = endpoint;
        this.sessions = sessions;
        this.protocol = new McpProtocol(endpoint, sessions);
        this.origins = origins;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces({MediaType.APPLICATION_JSON, PlatinaApi.PROBLEM_JSON})
    @OperationDescription("MCP (Model Context Protocol, 2025-06-18 and 2025-03-26) over Streamable HTTP: one"
            + " JSON-RPC message per POST, answered as JSON. Authenticate with an API token"
            + " (`Authorization: Bearer <api token>` with workflows:read and workflows:run); sign-in session"
            + " tokens are refused. Methods: initialize, ping, tools/list, tools/call.")
    public Response post(InputStream body, @HeaderParam("Origin") String origin,
            @HeaderParam(SESSION_HEADER) String sessionId, @HeaderParam(VERSION_HEADER) String version,
            @Context SecurityContext security) {
        Caller caller = tokenCaller(security, origin);
        if (version != null && !McpClient.VERSIONS.contains(version.strip())) {
            return json(400, JsonRpc.error(NullNode.getInstance(), JsonRpc.INVALID_REQUEST, "MCP-Protocol-Version '"
                    + version + "' is not supported; use " + McpClient.LATEST_VERSION + " or 2025-03-26."), null);
        }
        Optional<McpSessions.Session> session = Optional.empty();
        if (sessionId != null && !sessionId.isBlank()) {
            session = sessions.find(sessionId.strip(), caller);
            if (session.isEmpty()) {
                return json(404, JsonRpc.error(NullNode.getInstance(), JsonRpc.INVALID_REQUEST, "The session has"
                        + " ended; initialize again."), null);
            }
        }
        JsonNode message;
        try {
            byte[] bytes = body.readNBytes(LARGEST_MESSAGE + 1);
            if (bytes.length > LARGEST_MESSAGE) {
                return json(413, JsonRpc.error(NullNode.getInstance(), JsonRpc.INVALID_REQUEST, "A message may be"
                        + " at most 1 MiB."), null);
            }
            message = McpJson.MAPPER.readTree(bytes);
        } catch (IOException e) {
            return json(400, JsonRpc.error(NullNode.getInstance(), JsonRpc.PARSE_ERROR, "The body is not JSON."),
                    null);
        }
        if (message == null) {
            return json(400, JsonRpc.error(NullNode.getInstance(), JsonRpc.PARSE_ERROR, "The body is empty."), null);
        }
        McpProtocol.Answer answer = protocol.handle(caller, message, session);
        String agreed = answer.opened().map(McpSessions.Session::protocolVersion)
                .or(() -> Optional.ofNullable(version).map(String::strip))
                .orElse(session.map(McpSessions.Session::protocolVersion).orElse(McpClient.LATEST_VERSION));
        Response.ResponseBuilder reply = answer.body().isPresent()
                ? Response.status(answer.status()).type(MediaType.APPLICATION_JSON).entity(McpJson.bytes(
                        answer.body().get()))
                : Response.status(answer.status());
        reply.header(VERSION_HEADER, agreed);
        answer.opened().ifPresent(opened -> reply.header(SESSION_HEADER, opened.id()));
        return reply.build();
    }

    /** No server-initiated messages: there is no stream to open. */
    @GET
    @Produces({MediaType.APPLICATION_JSON, PlatinaApi.PROBLEM_JSON})
    public Response stream() {
        throw new ProblemException(ProblemType.METHOD_NOT_ALLOWED, "This MCP server sends no messages of its own;"
                + " POST JSON-RPC messages to it.", Map.of(), Map.of("Allow", "POST, DELETE"));
    }

    /** Ends a session. */
    @DELETE
    @Produces({MediaType.APPLICATION_JSON, PlatinaApi.PROBLEM_JSON})
    public Response end(@HeaderParam(SESSION_HEADER) String sessionId, @HeaderParam("Origin") String origin,
            @Context SecurityContext security) {
        Caller caller = tokenCaller(security, origin);
        if (sessionId == null || !sessions.close(sessionId.strip(), caller)) {
            throw new dev.platina.core.api.NotFoundException("MCP session");
        }
        return Response.noContent().build();
    }

    private Caller tokenCaller(SecurityContext security, String origin) {
        Caller caller = RequestCallers.of(security);
        if (caller.kind() != Caller.Kind.API_TOKEN) {
            throw new AuthenticationFailedException("The MCP endpoint accepts only API tokens, not sign-in"
                    + " sessions: create one with POST /api/v1/auth/tokens (permissions workflows:read and"
                    + " workflows:run) and send it as 'Authorization: Bearer <api token>'.");
        }
        if (!origins.allows(origin)) {
            throw new ProblemException(ORIGIN_REFUSED, "Requests from the origin '" + origin + "' may not call the"
                    + " MCP endpoint.");
        }
        if (!endpoint.enabled(caller.organization())) {
            throw new ProblemException(ENDPOINT_OFF, "Your organisation has not turned on its MCP endpoint; an"
                    + " administrator does so with PUT /api/v1/ai/mcp-endpoint.");
        }
        return caller;
    }

    private static Response json(int status, Map<String, Object> body, String version) {
        Response.ResponseBuilder reply = Response.status(status).type(MediaType.APPLICATION_JSON)
                .entity(McpJson.bytes(body));
        if (version != null) {
            reply.header(VERSION_HEADER, version);
        }
        return reply.build();
    }
}
