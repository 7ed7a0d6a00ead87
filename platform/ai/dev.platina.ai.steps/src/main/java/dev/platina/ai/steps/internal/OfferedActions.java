package dev.platina.ai.steps.internal;

import dev.platina.ai.api.ToolDefinition;
import dev.platina.ai.api.ToolSource;
import dev.platina.identity.api.Caller;
import dev.platina.workflow.api.StepDescriptor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The actions an {@code ai.decide} step offers: those its input names (a step type or an outside tool's name, or an
 * object with {@code action} and optional {@code description}, {@code draft} and {@code parameters} templates), or,
 * when it names none, every step type the organisation may use except AI steps and performing, plus every outside
 * tool. A name the organisation cannot use is refused, naming it.
 */
final class OfferedActions {

    static final int MOST_ACTIONS = 100;
    private static final Set<String> NEVER_OFFERED = Set.of("action.perform");

    private OfferedActions() {
    }

    static List<OfferedAction> of(Object requested, Caller caller, AiEngines engines) {
        Map<String, StepDescriptor> steps = new LinkedHashMap<>();
        for (StepDescriptor descriptor : engines.stepTypes(caller)) {
            steps.put(descriptor.type(), descriptor);
        }
        Map<String, OfferedAction> tools = new LinkedHashMap<>();
        for (ToolSource source : engines.toolSources()) {
            steps.remove(source.stepType());
            for (ToolDefinition tool : source.tools(caller)) {
                tools.putIfAbsent(tool.name(), new OfferedAction(tool.name(), source.stepType(), Optional.of(
                        tool.name()), tool.description(), tool.inputSchema(), "", Map.of()));
            }
        }
        if (requested == null) {
            var all = new ArrayList<OfferedAction>();
            steps.values().stream().filter(d -> !"AI".equals(d.category()) && !NEVER_OFFERED.contains(d.type()))
                    .forEach(d -> all.add(step(d, Map.of())));
            all.addAll(tools.values());
            return cap(all);
        }
        if (!(requested instanceof List<?> list) || list.isEmpty()) {
            throw new IllegalArgumentException("'actions' must be a list of action names or objects with"
                    + " 'action' (leave it out to offer every action).");
        }
        var offered = new ArrayList<OfferedAction>();
        for (Object entry : list) {
            Map<?, ?> spec = entry instanceof Map<?, ?> map ? map : Map.of("action", String.valueOf(entry));
            if (!(spec.get("action") instanceof String name) || name.isBlank()) {
                throw new IllegalArgumentException("Each entry of 'actions' needs 'action': a step type or a tool.");
            }
            OfferedAction base = Optional.ofNullable(steps.get(name)).filter(d -> !NEVER_OFFERED.contains(name))
                    .map(d -> step(d, Map.of())).or(() -> Optional.ofNullable(tools.get(name)))
                    .orElseThrow(() -> new IllegalArgumentException("'" + name + "' is not an action this"
                            + " organisation can use (no such step type or tool, or its skill is not enabled)."));
            offered.add(new OfferedAction(base.name(), base.stepType(), base.tool(), spec.get("description")
                    instanceof String d && !d.isBlank() ? d : base.description(), base.parameterSchema(),
                    spec.get("draft") instanceof String draft ? draft : "", spec.get("parameters") instanceof Map<?, ?>
                            template ? texts(template) : Map.of()));
        }
        return cap(offered);
    }

    private static OfferedAction step(StepDescriptor descriptor, Map<String, Object> template) {
        String description = descriptor.title() == null ? descriptor.description()
                : descriptor.title() + ": " + descriptor.description();
        return new OfferedAction(descriptor.type(), descriptor.type(), Optional.empty(), description,
                descriptor.inputSchema(), "", template);
    }

    private static Map<String, Object> texts(Map<?, ?> template) {
        var copied = new LinkedHashMap<String, Object>();
        template.forEach((key, value) -> copied.put(String.valueOf(key), value));
        return copied;
    }

    private static List<OfferedAction> cap(List<OfferedAction> actions) {
        if (actions.isEmpty()) {
            throw new IllegalArgumentException("There is no action to choose from: enable a skill or name"
                    + " 'actions'.");
        }
        if (actions.size() > MOST_ACTIONS) {
            throw new IllegalArgumentException("At most " + MOST_ACTIONS + " actions can be offered at once; name"
                    + " the ones that fit in 'actions'.");
        }
        return List.copyOf(actions);
    }
}
