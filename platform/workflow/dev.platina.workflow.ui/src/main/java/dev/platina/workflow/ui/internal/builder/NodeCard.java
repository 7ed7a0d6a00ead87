package dev.platina.workflow.ui.internal.builder;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dnd.DropEffect;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import dev.platina.workflow.api.RunTask;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One node on the diagram: what it is, what it does, its problems, how it went in the test run, and its paths
 * out, each with an insert button that is also where palette entries can be dropped. The card itself is a
 * keyboard-focusable button that opens the node in the editor.
 */
final class NodeCard extends Div {

    private static final long serialVersionUID = 1L;

    NodeCard(String id, Map<String, Object> node, String summary, List<String> problems, Optional<RunTask> task,
            List<Slot> slots, boolean selected, Insertion insertion, Consumer<String> select) {
        setId("node-" + id);
        addClassName("pl-node");
        addClassName("pl-node-" + NodeText.kind(node).replace(' ', '-'));
        if (selected) {
            addClassName("pl-selected");
        }
        if (!problems.isEmpty()) {
            addClassName("pl-invalid");
        }
        getElement().setAttribute("data-node", id);
        getElement().setAttribute("data-targets", String.join(" ", slots.stream().map(Slot::target)
                .filter(t -> !t.isEmpty()).distinct().toList()));
        Div head = new Div();
        head.addClassName("pl-node-head");
        head.getElement().setAttribute("tabindex", "0");
        head.getElement().setAttribute("role", "button");
        head.getElement().setAttribute("aria-label", NodeText.label(node) + " " + id + ": " + summary
                + (problems.isEmpty() ? "" : ", " + problems.size() + " problem" + (problems.size() == 1 ? "" : "s")));
        head.getElement().setAttribute("aria-pressed", String.valueOf(selected));
        Span kind = new Span(NodeText.label(node));
        kind.addClassName("pl-node-kind");
        Span name = new Span(id);
        name.addClassName("pl-node-id");
        Div what = new Div(summary);
        what.addClassName("pl-node-summary");
        head.add(kind, name, what);
        head.addClickListener(click -> select.accept(id));
        head.getElement().addEventListener("keydown", key -> select.accept(id))
                .setFilter("event.key === 'Enter' || event.key === ' '")
                .addEventData("event.preventDefault()");
        add(head);
        for (String problem : problems) {
            Div line = new Div(problem);
            line.addClassName("pl-node-problem");
            add(line);
        }
        task.ifPresent(t -> showRun(t, String.valueOf(node.get("type"))));
        for (Slot slot : slots) {
            add(slotRow(slot, insertion));
        }
    }

    private void showRun(RunTask task, String nodeType) {
        Span state = new Span(RunStates.label(task.state(), nodeType) + (task.attempts() > 1 ? " after " + task.attempts()
                + " attempts" : ""));
        state.getElement().getThemeList().add("badge " + RunStates.theme(task.state()));
        state.addClassName("pl-node-run");
        state.setId("node-" + task.nodeId() + "-run");
        add(state);
        task.error().ifPresent(error -> {
            Div line = new Div(error);
            line.addClassName("pl-node-problem");
            add(line);
        });
    }

    private Div slotRow(Slot slot, Insertion insertion) {
        Div row = new Div();
        row.addClassName("pl-slot");
        Span label = new Span(slot.label() + " → " + (slot.target().isEmpty() ? "(not set)" : slot.target()));
        label.addClassName("pl-slot-label");
        row.add(label);
        if (insertion != null) {
            row.add(insertButton(slot, insertion));
        }
        return row;
    }

    /** The "+" on a path: opens the palette, or takes what is dropped on it. */
    static Button insertButton(Slot slot, Insertion insertion) {
        Button plus = new Button("+", click -> insertion.choose(slot));
        plus.setId("insert-" + slot.key());
        plus.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        plus.getElement().setAttribute("aria-label", "Insert on the path '" + slot.label() + "'"
                + (slot.node() == null ? " at the start" : " of " + slot.node()));
        plus.getElement().setAttribute("title", "Insert here (or drop a palette entry)");
        DropTarget<Button> drop = DropTarget.create(plus);
        drop.setDropEffect(DropEffect.COPY);
        drop.addDropListener(event -> event.getDragData().filter(NewNode.class::isInstance)
                .ifPresent(data -> insertion.insert(slot, (NewNode) data)));
        return plus;
    }

    /** What the insert buttons do. */
    interface Insertion {

        /** Opens the palette for this path (keyboard and click). */
        void choose(Slot slot);

        /** Inserts what was dropped. */
        void insert(Slot slot, NewNode kind);
    }
}
