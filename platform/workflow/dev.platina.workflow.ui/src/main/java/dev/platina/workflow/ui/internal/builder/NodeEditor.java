package dev.platina.workflow.ui.internal.builder;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import dev.platina.workflow.api.RunTask;
import dev.platina.workflow.api.StepDescriptor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The selected node's settings: its id, the fields of its kind, where each of its paths leads, how it went in the
 * test run (state, input, output, error), and Remove. Read-only for people who may not edit workflows.
 */
final class NodeEditor extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final Div problems = new Div();
    private FieldBinder fields;

    NodeEditor() {
        setId("node-editor");
        addClassName("pl-editor");
        setPadding(false);
        showNothing();
    }

    void showNothing() {
        removeAll();
        fields = null;
        add(new Paragraph("Select a node to see and change its settings. Use + on a path to insert a step."));
    }

    void show(Draft draft, String id, Map<String, StepDescriptor> stepTypes, Edits edits, boolean editable,
            Optional<RunTask> task) {
        removeAll();
        Map<String, Object> node = draft.node(id);
        fields = new FieldBinder(id, edits);
        H3 title = new H3(NodeText.label(node) + " " + id);
        title.setId("node-editor-title");
        add(title);
        problems.setId("node-editor-problems");
        problems.addClassName("pl-node-problem");
        add(problems);
        Div form = new Div();
        form.addClassName("pl-editor-form");
        TextField name = new TextField("Id (later steps read its result as steps." + id + ".output)");
        name.setWidthFull();
        name.setValue(id);
        name.setId("edit-" + id + "-id");
        name.addValueChangeListener(change -> {
            if (change.isFromClient() && !change.getValue().equals(id)) {
                try {
                    edits.rename(id, change.getValue().strip());
                } catch (IllegalArgumentException e) {
                    name.setErrorMessage(e.getMessage());
                    name.setInvalid(true);
                }
            }
        });
        form.add(name);
        new NodeForms(id, node, fields, edits, stepTypes).build().forEach(form::add);
        form.add(paths(draft, id, edits));
        setEnabledDeep(form, editable);
        add(form);
        task.ifPresent(t -> add(runDetails(t, String.valueOf(node.get("type")))));
        if (editable) {
            Button remove = new Button("Remove this node", click -> edits.remove(id));
            remove.setId("node-remove");
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            add(remove);
        }
    }

    private static void setEnabledDeep(Div form, boolean editable) {
        form.setEnabled(editable);
    }

    private Div paths(Draft draft, String id, Edits edits) {
        Div section = NodeForms.section("Paths");
        List<String> others = new ArrayList<>(draft.nodeIds());
        others.remove(id);
        for (Slot slot : draft.slots(id)) {
            Select<String> target = new Select<>();
            // The card shows the condition's text; here it is typed just above, so the label names its number.
            target.setLabel(slot.label().startsWith("When ") ? "If condition " + (Integer.parseInt(
                    slot.path().split("\\.")[1]) + 1) + " holds" : slot.label());
            target.setId(fields.fieldId("path-" + slot.path()));
            target.setItems(others);
            if (others.contains(slot.target())) {
                target.setValue(slot.target());
            }
            target.addValueChangeListener(change -> {
                if (change.isFromClient() && change.getValue() != null) {
                    edits.point(slot, change.getValue());
                }
            });
            fields.register(slot.path(), target);
            section.add(target);
        }
        if (draft.slots(id).isEmpty()) {
            section.add(new Paragraph("The run ends here."));
        }
        return section;
    }

    private static Div runDetails(RunTask task, String nodeType) {
        Div section = NodeForms.section("In the test run: " + RunStates.label(task.state(), nodeType));
        section.setId("node-editor-run");
        task.input().ifPresent(input -> section.add(new Paragraph("Input"), pre(input)));
        task.output().ifPresent(output -> section.add(new Paragraph("Output"), pre(output)));
        task.error().ifPresent(error -> section.add(new Paragraph("Error: " + error)));
        return section;
    }

    private static Pre pre(Object json) {
        Pre pre = new Pre(JsonText.write(json));
        pre.addClassName("pl-json");
        return pre;
    }

    /** Shows the checker's problems on the fields at fault, and the rest above the form. */
    void showProblems(Map<String, String> nodeProblems) {
        if (fields == null) {
            return;
        }
        Map<String, String> left = fields.showProblems(nodeProblems);
        problems.removeAll();
        left.forEach((field, message) -> problems.add(new Div(field.isEmpty() ? message : field + ": " + message)));
    }
}
