package dev.platina.ai.api;

import dev.platina.identity.api.Caller;
import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Tools from outside the platform's own step types that the AI may propose, such as an organisation's external MCP
 * servers. Register as a service (whiteboard). The AI never calls a tool itself: a proposal to use one names the
 * source's {@link #stepType()} as its action, with parameters {@code {"tool": <name>, "arguments": {...}}}, and that
 * step performs it once the approval policy allowed it.
 */
@ConsumerType
public interface ToolSource {

    /** The workflow step type that performs this source's tools. */
    String stepType();

    /** The tools the caller's organisation can use from this source now; names are unique within the source. */
    List<ToolDefinition> tools(Caller caller);
}
