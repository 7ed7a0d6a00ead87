package dev.platina.ai.steps.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * An action the AI may propose: a step type (or one tool of an outside source, performed by the source's step
 * type), described in plain words, with the JSON Schema of its parameters, an optional reply template and an
 * optional parameters template whose texts may hold {@code {field}} and {@code {draft}} placeholders.
 *
 * @param name what the AI and the people see: the step type, or the outside tool's name
 * @param tool for an outside tool, its name within its source (the step type is then the source's)
 */
record OfferedAction(String name, String stepType, Optional<String> tool, String description,
        Map<String, Object> parameterSchema, String draftTemplate, Map<String, Object> parameterTemplate) {

    OfferedAction {
        parameterSchema = Map.copyOf(parameterSchema);
        parameterTemplate = new LinkedHashMap<>(parameterTemplate);
    }

    /** What the approval and then {@code action.perform} get: the step type, and the tool's call for a tool. */
    Map<String, Object> performedParameters(Map<String, Object> parameters) {
        if (tool.isEmpty()) {
            return parameters;
        }
        var call = new LinkedHashMap<String, Object>();
        call.put("tool", tool.get());
        call.put("arguments", parameters);
        return call;
    }
}
