package dev.platina.ai.mcp.internal;

import dev.platina.core.api.InvalidInputException;
import dev.platina.identity.api.Page;
import dev.platina.identity.rest.RequestCallers;
import dev.platina.rest.Ids;
import dev.platina.rest.PlatinaApi;
import dev.platina.rest.ResponseSchema;
import java.net.URI;
import java.util.List;
import java.util.Map;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
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
 * The organisation's outside MCP servers. Header values (credentials) are write-only: the answers name the
 * headers, never their values.
 */
@Component(service = McpServersResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PlatinaApi.APPLICATION_SELECT)
@Path("v1/ai/mcp-servers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class McpServersResource {

    /** A server as shown: where it is, which headers are stored, and its health. */
    public record ServerView(String id, String name, String url, List<String> headers, String createdAt,
            String createdBy, HealthView health) {

        static ServerView of(McpServer s) {
            return new ServerView(s.id().toString(), s.name(), s.url(), s.headerNames(), s.createdAt().toString(),
                    s.createdBy(), HealthView.of(s.health()));
        }
    }

    /** {@code status} ok, failing or unknown; the last successful tools/list and the last failure. */
    public record HealthView(String status, String lastSuccessAt, Integer toolCount, String lastError,
            String lastErrorAt) {

        static HealthView of(McpServer.Health h) {
            return new HealthView(h.status(), h.lastSuccessAt().map(Object::toString).orElse(null),
                    h.toolCount().isPresent() ? h.toolCount().getAsInt() : null, h.lastError().orElse(null),
                    h.lastErrorAt().map(Object::toString).orElse(null));
        }
    }

    /** A server to add; {@code headers} such as {@code {"Authorization": "Bearer ..."}} are stored sealed. */
    public record NewServerView(String name, String url, Map<String, String> headers) {

        @Override
        public String toString() {
            return "NewServerView[name=" + name + ", url=" + url + "]";
        }
    }

    public record ListView<T>(List<T> items, String nextCursor) {
    }

    /** A tool as the AI sees it: {@code <server>__<tool>}. */
    public record ToolView(String name, String description, Map<String, Object> inputSchema) {
    }

    /** A server's tools listed just now, or why not. */
    public record ToolsView(List<ToolView> items, String error, HealthView health) {
    }

    private final McpServers servers;

    @Activate
    public McpServersResource(@Reference McpServers servers) {
        this.servers = servers;
    }

    @GET
    public ListView<ServerView> list(@QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor,
            @Context SecurityContext security) {
        Page<McpServer> page = servers.list(RequestCallers.of(security), limit == null ? 50 : limit, cursor);
        return new ListView<>(page.items().stream().map(ServerView::of).toList(), page.nextCursor());
    }

    @POST
    @ResponseSchema(ServerView.class)
    public Response add(NewServerView body, @Context SecurityContext security) {
        if (body == null) {
            throw InvalidInputException.of("body", "send name, url and optionally headers");
        }
        McpServer added = servers.add(RequestCallers.of(security), new NewMcpServer(body.name(), body.url(),
                body.headers()));
        return Response.created(URI.create(PlatinaApi.BASE_PATH + "/v1/ai/mcp-servers/" + added.id()))
                .entity(ServerView.of(added)).build();
    }

    @GET
    @Path("{id}")
    public ServerView get(@PathParam("id") String id, @Context SecurityContext security) {
        return ServerView.of(servers.get(RequestCallers.of(security), Ids.parse(id, "MCP server")));
    }

    /** Asks the server for its tools now, and records its health. */
    @GET
    @Path("{id}/tools")
    public ToolsView tools(@PathParam("id") String id, @Context SecurityContext security) {
        ServerTools listed = servers.tools(RequestCallers.of(security), Ids.parse(id, "MCP server"));
        McpServer now = servers.get(RequestCallers.of(security), listed.server().id());
        return new ToolsView(listed.tools().stream().map(t -> new ToolView(listed.server().name()
                + McpServers.SEPARATOR + t.name(), t.description(), t.inputSchema())).toList(),
                listed.error().orElse(null), HealthView.of(now.health()));
    }

    @DELETE
    @Path("{id}")
    public Response remove(@PathParam("id") String id, @Context SecurityContext security) {
        servers.remove(RequestCallers.of(security), Ids.parse(id, "MCP server"));
        return Response.noContent().build();
    }
}
