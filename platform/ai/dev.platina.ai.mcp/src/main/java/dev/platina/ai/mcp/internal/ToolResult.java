package dev.platina.ai.mcp.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a tool answered: the texts of its content, its structured content when it gave one, and whether the tool
 * itself reports an error ({@code isError}: the call arrived, the tool could not do it).
 */
record ToolResult(List<String> texts, Optional<Map<String, Object>> structuredContent, boolean isError) {

    ToolResult {
        texts = List.copyOf(texts);
        structuredContent = structuredContent.map(m -> Collections.unmodifiableMap(new LinkedHashMap<>(m)));
    }

    /** The texts as one, for people and for failure messages. */
    String text() {
        return String.join("\n", texts);
    }
}
