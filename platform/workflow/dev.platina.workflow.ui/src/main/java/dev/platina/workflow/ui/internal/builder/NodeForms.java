package dev.platina.workflow.ui.internal.builder;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import dev.platina.workflow.api.StepDescriptor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The fields of each kind of node, generated for steps from their input schema. */
final class NodeForms {

    private final String id;
    private final Map<String, Object> node;
    private final FieldBinder fields;
    private final Edits edits;
    private final Map<String, StepDescriptor> stepTypes;

    NodeForms(String id, Map<String, Object> node, FieldBinder fields, Edits edits,
            Map<String, StepDescriptor> stepTypes) {
        this.id = id;
        this.node = node;
        this.fields = fields;
        this.edits = edits;
        this.stepTypes = stepTypes;
    }

    List<Component> build() {
        return switch (String.valueOf(node.get("type"))) {
            case "step" -> step();
            case "condition" -> condition();
            case "parallel" -> parallel();
            case "join" -> join();
            case "approval" -> approval();
            case "wait" -> waitFields();
            case "end" -> end();
            default -> List.of(new Paragraph("The builder cannot edit this kind of node; edit it through the API."));
        };
    }

    private List<Component> step() {
        List<Component> form = new ArrayList<>();
        Select<String> type = new Select<>();
        type.setLabel("Step type");
        type.setId(fields.fieldId("step"));
        type.setItems(stepTypes.keySet().stream().sorted().toList());
        type.setItemLabelGenerator(t -> stepTypes.containsKey(t) ? stepTypes.get(t).title() + " (" + t + ")" : t);
        String current = node.get("step") instanceof String s ? s : null;
        if (current != null && !stepTypes.containsKey(current)) {
            type.setHelperText("'" + current + "' is not installed for your organisation");
        } else if (current != null) {
            type.setValue(current);
        }
        type.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                edits.set(id, "step", change.getValue());
            }
        });
        fields.register("step", type);
        form.add(type);
        StepDescriptor descriptor = current == null ? null : stepTypes.get(current);
        if (descriptor != null && descriptor.description() != null && !descriptor.description().isBlank()) {
            form.add(new Paragraph(descriptor.description()));
        }
        form.addAll(inputFields(descriptor == null ? Map.of() : descriptor.inputSchema()));
        form.add(fields.integer("Attempts before it fails", "retry.maxAttempts",
                nested("retry", "maxAttempts"), 1, 20));
        TextField timeout = fields.text("Time limit per attempt", "timeout", node.get("timeout"));
        timeout.setHelperText("ISO-8601 duration such as PT30S; 5 minutes when empty");
        form.add(timeout);
        Checkbox onError = new Checkbox("On failure, take another path instead of failing the run",
                node.containsKey("onError"));
        onError.setId(fields.fieldId("onError"));
        onError.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                edits.reshape(id, "onError", change.getValue() ? node.get("next") : null);
            }
        });
        form.add(onError);
        return form;
    }

    /** A field per input property: required ones first, each read as the property's JSON type. */
    @SuppressWarnings("unchecked")
    private List<Component> inputFields(Map<String, Object> schema) {
        Map<String, Object> input = node.get("input") instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
        Map<String, Object> properties = schema.get("properties") instanceof Map<?, ?> map
                ? (Map<String, Object>) map : Map.of();
        List<?> required = schema.get("required") instanceof List<?> list ? list : List.of();
        List<Component> form = new ArrayList<>();
        if (properties.isEmpty()) {
            form.add(fields.area("Input (JSON object; text values beginning with '=' are expressions)", "input",
                    input, text -> JsonText.parseObject(text)));
            return form;
        }
        List<String> names = properties.keySet().stream().sorted(Comparator.comparing((String n) ->
                !required.contains(n)).thenComparing(Comparator.naturalOrder())).toList();
        for (String name : names) {
            Map<String, Object> property = properties.get(name) instanceof Map<?, ?> map ? (Map<String, Object>) map
                    : Map.of();
            String type = property.get("type") instanceof String t ? t : "";
            String label = name + (required.contains(name) ? " *" : "");
            Object value = input.get(name);
            Component field;
            if (property.get("enum") instanceof List<?> options && !options.isEmpty()) {
                Select<String> choice = new Select<>();
                choice.setLabel(label);
                choice.setId(fields.fieldId("input." + name));
                choice.setItems(options.stream().map(String::valueOf).toList());
                choice.setEmptySelectionAllowed(!required.contains(name));
                if (value != null) {
                    choice.setValue(String.valueOf(value));
                }
                choice.addValueChangeListener(change -> {
                    if (change.isFromClient()) {
                        edits.set(id, "input." + name, change.getValue());
                    }
                });
                fields.register("input." + name, choice);
                field = choice;
            } else if (type.equals("object") || type.equals("array")) {
                field = fields.area(label, "input." + name, value, text -> InputValues.parse(text, type));
            } else {
                TextField text = fields.text(label, "input." + name, value, t -> InputValues.parse(t, type));
                text.setHelperText(helper(property, type));
                field = text;
            }
            form.add(field);
        }
        return form;
    }

    private static String helper(Map<String, Object> property, String type) {
        String described = property.get("description") instanceof String d ? d + ". " : "";
        String kind = switch (type) {
            case "integer" -> "A whole number";
            case "number" -> "A number";
            case "boolean" -> "true or false";
            default -> "Text";
        };
        return described + kind + ", or an expression such as =input.amount";
    }

    private List<Component> condition() {
        List<Component> form = new ArrayList<>();
        List<?> branches = node.get("branches") instanceof List<?> list ? list : List.of();
        for (int i = 0; i < branches.size(); i++) {
            Object when = branches.get(i) instanceof Map<?, ?> branch ? branch.get("when") : null;
            TextField field = fields.text("Condition " + (i + 1) + " (an expression such as input.amount > 1000)",
                    "branches." + i + ".when", when, text -> text.strip());
            Button remove = removeBranch("Remove", i, branches.size() > 1);
            HorizontalLayout row = new HorizontalLayout(field, remove);
            row.setWidthFull();
            row.setAlignItems(HorizontalLayout.Alignment.BASELINE);
            form.add(row);
        }
        form.add(addBranch("Add a condition"));
        return form;
    }

    private List<Component> parallel() {
        List<Component> form = new ArrayList<>();
        List<?> branches = node.get("branches") instanceof List<?> list ? list : List.of();
        form.add(new Paragraph(branches.size() + " branches run at the same time and meet at the join."));
        for (int i = 0; i < branches.size(); i++) {
            form.add(removeBranch("Remove branch " + (i + 1), i, branches.size() > 2));
        }
        form.add(addBranch("Add a branch"));
        return form;
    }

    private Button removeBranch(String label, int index, boolean allowed) {
        Button remove = new Button(label, click -> edits.removeBranch(id, index));
        remove.setId(fields.fieldId("branches." + index + ".remove"));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setEnabled(allowed);
        return remove;
    }

    private Button addBranch(String label) {
        Button add = new Button(label, click -> edits.addBranch(id));
        add.setId(fields.fieldId("add-branch"));
        return add;
    }

    private List<Component> join() {
        Select<String> mode = choice("Go on when", "mode", List.of("all", "any", "count"), m -> switch (m) {
            case "any" -> "the first branch arrives";
            case "count" -> "a number of branches arrived";
            default -> "every branch arrived";
        }, "all");
        return List.of(mode, fields.integer("How many branches (with 'a number')", "count", node.get("count"), 1,
                32));
    }

    private List<Component> approval() {
        List<Component> form = new ArrayList<>();
        form.add(fields.text("Title the approver reads", "title", node.get("title"), String::strip));
        form.add(new ProposalEditor(id, node.get("proposal"), fields, edits));
        form.add(fields.names("Roles that may decide", "policy.roles", nested("policy", "roles")));
        form.add(fields.names("People who may decide (usernames)", "policy.users", nested("policy", "users")));
        form.add(fields.integer("Approvals needed", "policy.approvals", nested("policy", "approvals"), 1, 10));
        form.add(fields.flag("Approvers may edit the proposal", "policy.editable", nested("policy", "editable")));
        Object autoApprove = nested("policy", "autoApprove");
        TextField trusted = fields.text("Approve without people when the AI is this sure", "policy.autoApprove",
                null, text -> {
                    Map<String, Object> thresholds = ConfidenceThresholds.read(text);
                    if (thresholds.isEmpty()) {
                        return null;
                    }
                    var rule = new java.util.LinkedHashMap<String, Object>();
                    if (autoApprove instanceof Map<?, ?> kept) {
                        kept.forEach((key, value) -> rule.put(String.valueOf(key), value));
                    }
                    rule.put("thresholds", thresholds);
                    return rule;
                });
        trusted.setValue(ConfidenceThresholds.show(autoApprove instanceof Map<?, ?> rule ? rule.get("thresholds")
                : null));
        trusted.setHelperText("Per action, e.g. 'note 0.9, data.set 80%'; * for any other action; empty: people"
                + " always decide. Reads the proposal's 'action' and 'confidence'.");
        form.add(trusted);
        TextField amount = fields.text("Amount (for the organisation's approval tiers)", "amount",
                node.get("amount"), text -> InputValues.parse(text, "number"));
        form.add(amount);
        TextField expires = fields.text("Expires after", "expiresAfter", node.get("expiresAfter"));
        expires.setHelperText("ISO-8601 duration such as P1D; never when empty");
        form.add(expires);
        form.add(choice("When it expires", "onExpire", List.of("reject", "escalate"), o -> o.equals("escalate")
                ? "let the escalation roles decide" : "treat it as rejected", "reject"));
        form.add(fields.names("Escalate to roles", "policy.escalateTo", nested("policy", "escalateTo")));
        return form;
    }

    private List<Component> waitFields() {
        String kind = node.containsKey("event") ? "event" : node.containsKey("until") ? "until" : "duration";
        Select<String> what = new Select<>();
        what.setLabel("Wait");
        what.setId(fields.fieldId("wait-kind"));
        what.setItems("duration", "until", "event");
        what.setItemLabelGenerator(k -> switch (k) {
            case "until" -> "until a moment (expression)";
            case "event" -> "for an event";
            default -> "for a while";
        });
        what.setValue(kind);
        what.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                for (String other : List.of("duration", "until", "event", "match")) {
                    edits.set(id, other, null);
                }
                edits.reshape(id, change.getValue(), change.getValue().equals("duration") ? "PT1H" : "");
            }
        });
        List<Component> form = new ArrayList<>(List.of(what));
        String label = switch (kind) {
            case "until" -> "Until (an expression computing a time)";
            case "event" -> "Event type, such as crm.lead.created";
            default -> "Duration (ISO-8601, such as PT1H or P2D)";
        };
        form.add(fields.text(label, kind, node.get(kind), String::strip));
        if (kind.equals("event")) {
            form.add(fields.text("Only the event where (expression, optional)", "match", node.get("match")));
        }
        return form;
    }

    private List<Component> end() {
        return List.of(choice("The run ends as", "outcome", List.of("completed", "failed"),
                o -> o.equals("failed") ? "failed" : "completed", "completed"));
    }

    private Select<String> choice(String label, String path, List<String> options,
            java.util.function.Function<String, String> caption, String fallback) {
        Select<String> select = new Select<>();
        select.setLabel(label);
        select.setId(fields.fieldId(path));
        select.setItems(options);
        select.setItemLabelGenerator(caption::apply);
        Object value = node.get(path);
        select.setValue(value instanceof String s && options.contains(s) ? s : fallback);
        select.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                edits.set(id, path, change.getValue());
            }
        });
        fields.register(path, select);
        return select;
    }

    private Object nested(String object, String key) {
        return node.get(object) instanceof Map<?, ?> map ? map.get(key) : null;
    }

    /** An empty block the editor fills; kept for symmetry of layouts. */
    static Div section(String title) {
        Div section = new Div();
        section.addClassName("pl-editor-section");
        Paragraph heading = new Paragraph(title);
        heading.addClassName("pl-editor-heading");
        section.add(heading);
        return section;
    }
}
