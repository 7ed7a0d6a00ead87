package dev.platina.ai.mcp.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Limits of the MCP client and endpoint, per installation ({@code etc/dev.platina.ai.mcp.cfg}). */
@ObjectClassDefinition(name = "Platina MCP", description = "Outside MCP servers as tools, and the MCP endpoint.")
public @interface McpConfiguration {

    String PID = "dev.platina.ai.mcp";

    @AttributeDefinition(description = "Seconds an outside MCP server has to answer one request.")
    int timeoutSeconds() default 15;

    @AttributeDefinition(description = "Largest answer read from an outside MCP server, in KiB.")
    int maxResponseKib() default 4096;

    @AttributeDefinition(description = "Seconds the tools listed by an organisation's MCP servers are reused.")
    int toolsCacheSeconds() default 60;

    @AttributeDefinition(description = "Seconds a tools/call on the MCP endpoint waits for the approval and the"
            + " step before it answers that the call is still waiting.")
    int callWaitSeconds() default 10;

    @AttributeDefinition(description = "Allow outside MCP server addresses that name this machine, a private network"
            + " or link-local addresses such as a cloud's metadata service. Off by default: an organisation's"
            + " administrator must not make the server reach what only the server can reach.")
    boolean allowPrivateAddresses() default false;

    @AttributeDefinition(description = "Browser origins allowed to call the MCP endpoint besides the platform's own"
            + " (http://127.0.0.1 and http://localhost on platina.http.port); requests without Origin are allowed.")
    String[] allowedOrigins() default {};
}
