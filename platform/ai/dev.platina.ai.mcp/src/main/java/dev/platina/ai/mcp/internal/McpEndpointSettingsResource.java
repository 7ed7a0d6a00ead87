package dev.platina.ai.mcp.internal;

import dev.platina.core.api.InvalidInputException;
import dev.platina.identity.rest.RequestCallers;
import dev.platina.rest.PlatinaApi;
import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * Whether the organisation's MCP endpoint ({@code /api/v1/mcp}) is on, who approves MCP clients' calls and which
 * actions are approved at once. Saving creates or updates the workflow "MCP tool calls" owned by the caller.
 */
@Component(service = McpEndpointSettingsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PlatinaApi.APPLICATION_SELECT)
@Path("v1/ai/mcp-endpoint")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class McpEndpointSettingsResource {

    public record EndpointView(boolean enabled, List<String> approverRoles, List<String> autoApproveActions,
            String workflowId, String updatedAt, String updatedBy) {

        static EndpointView of(EndpointSettings s) {
            return new EndpointView(s.enabled(), s.approverRoles(), s.autoApproveActions(), s.workflowId()
                    .map(Object::toString).orElse(null), s.updatedAt().map(Object::toString).orElse(null),
                    s.updatedBy().orElse(null));
        }
    }

    public record EndpointChangeView(Boolean enabled, List<String> approverRoles, List<String> autoApproveActions) {
    }

    private final McpEndpoint endpoint;

    @Activate
    public McpEndpointSettingsResource(@Reference McpEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    @GET
    public EndpointView get(@Context SecurityContext security) {
        return EndpointView.of(endpoint.settings(RequestCallers.of(security)));
    }

    @PUT
    public EndpointView replace(EndpointChangeView body, @Context SecurityContext security) {
        if (body == null || body.enabled() == null) {
            throw InvalidInputException.of("enabled", "say whether MCP clients may call: true or false");
        }
        return EndpointView.of(endpoint.update(RequestCallers.of(security), new EndpointChange(body.enabled(),
                body.approverRoles(), body.autoApproveActions())));
    }
}
