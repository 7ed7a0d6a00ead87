package dev.platina.ai.mcp.internal;

import dev.platina.ai.api.ToolDefinition;
import dev.platina.ai.api.ToolSource;
import dev.platina.identity.api.Caller;
import java.util.ArrayList;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The tools of the organisation's outside MCP servers, named {@code <server>__<tool>}, for the AI to propose.
 * Proposing one does nothing by itself: the {@code mcp.tool} step performs it after the approval policy allowed it.
 */
@Component(service = ToolSource.class)
public final class McpToolSource implements ToolSource {

    private final McpServers servers;

    @Activate
    public McpToolSource(@Reference McpServers servers) {
        this.servers = servers;
    }

    @Override
    public String stepType() {
        return McpToolStep.TYPE;
    }

    @Override
    public List<ToolDefinition> tools(Caller caller) {
        var tools = new ArrayList<ToolDefinition>();
        for (ServerTools server : servers.allTools(caller)) {
            for (RemoteTool tool : server.tools()) {
                tools.add(new ToolDefinition(server.server().name() + McpServers.SEPARATOR + tool.name(),
                        tool.description(), tool.inputSchema()));
            }
        }
        return tools;
    }
}
