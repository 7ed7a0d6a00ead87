package dev.platina.workflow.ui.internal.builder;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import dev.platina.core.api.ConflictException;
import dev.platina.core.api.InvalidInputException;
import dev.platina.identity.api.Permission;
import dev.platina.workflow.api.RunTask;
import dev.platina.workflow.api.StepDescriptor;
import dev.platina.workflow.api.Workflow;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The workflow builder: trigger, diagram, palette, the selected node's settings, save as a new version, version
 * history and a test run shown on the diagram. Every change is checked at once by the same checker a save uses,
 * and each problem shows on the node (and the field) at fault.
 */
final class Builder extends VerticalLayout implements Edits {

    private static final long serialVersionUID = 1L;

    private final BuilderBackend backend;
    private final boolean editable;
    private final Map<String, StepDescriptor> stepTypes = new LinkedHashMap<>();
    private final Map<String, String> stepTitles = new LinkedHashMap<>();
    private final List<NewNode> paletteEntries;
    private final H2 heading = new H2();
    private final Span saved = new Span();
    private final Div workflowProblems = new Div();
    private final Div startRow = new Div();
    private final Diagram diagram = new Diagram();
    private final NodeEditor editor = new NodeEditor();
    private final TestRunPanel testRun;
    private final TriggerEditor trigger;
    private Draft draft;
    private UUID workflowId;
    private int version;
    private boolean dirty;
    private NodeProblems problems = NodeProblems.none();
    private Map<String, RunTask> run = Map.of();
    private String selected;

    /** Opens a saved workflow, or a new one when {@code workflow} is empty. */
    Builder(BuilderBackend backend, Optional<Workflow> workflow) {
        this.backend = backend;
        this.editable = backend.caller().has(Permission.WORKFLOWS_EDIT);
        setId("workflow-builder");
        addClassName("pl-builder");
        getElement().executeJs(BuilderStyles.INSTALL, BuilderStyles.CSS);
        backend.stepTypes().forEach(descriptor -> {
            stepTypes.put(descriptor.type(), descriptor);
            stepTitles.put(descriptor.type(), descriptor.title());
        });
        paletteEntries = Palette.entries(List.copyOf(stepTypes.values()));
        draft = workflow.map(w -> Draft.of(w.definition())).orElseGet(() -> Draft.blank("New workflow"));
        workflowId = workflow.map(Workflow::id).orElse(null);
        version = workflow.map(Workflow::version).orElse(0);
        dirty = workflow.isEmpty();
        testRun = new TestRunPanel(backend, tasks -> {
            run = tasks;
            redraw();
            reopen();
        });
        trigger = new TriggerEditor(draft.trigger(), editable, changed -> {
            draft.trigger(changed);
            changed(false);
        });
        add(header(), fields(), trigger, workflowProblems, body(), testRun);
        changed(false);
        dirty = workflow.isEmpty();
        status();
    }

    private Div header() {
        heading.setId("builder-title");
        saved.setId("builder-saved");
        saved.addClassName("pl-saved");
        Button save = new Button("Save as new version", click -> save());
        save.setId("builder-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setVisible(editable);
        Button history = new Button("Version history", click -> history());
        history.setId("builder-history");
        Button back = new Button("All workflows", click -> UI.getCurrent().navigate("workflows"));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        FlexLayout actions = new FlexLayout(save, history, back);
        actions.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        actions.getStyle().set("gap", "var(--lumo-space-s)");
        Div header = new Div(heading, saved, actions);
        header.addClassName("pl-builder-header");
        return header;
    }

    private FlexLayout fields() {
        TextField name = new TextField("Name");
        name.setId("builder-name");
        name.setValue(draft.name());
        name.setRequired(true);
        name.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                draft.name(change.getValue().strip());
                changed(false);
            }
        });
        TextField description = new TextField("Description");
        description.setId("builder-description");
        description.setValue(draft.description());
        description.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                draft.description(change.getValue().strip());
                changed(false);
            }
        });
        name.setEnabled(editable);
        description.setEnabled(editable);
        description.getStyle().set("flex", "1 1 20em");
        FlexLayout row = new FlexLayout(name, description);
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.setWidthFull();
        row.getStyle().set("gap", "var(--lumo-space-m)");
        return row;
    }

    private Div body() {
        Div body = new Div();
        body.addClassName("pl-builder-body");
        if (editable) {
            Div side = new Div(new Span("Palette: drag onto a +"), new Palette(paletteEntries, "palette",
                    entry -> Notification.show("Drag '" + entry.title() + "' onto a + in the diagram, or use the"
                            + " + to pick it", 4000, Notification.Position.BOTTOM_CENTER)));
            side.addClassName("pl-side-palette");
            body.add(side);
        }
        workflowProblems.setId("builder-problems");
        workflowProblems.addClassName("pl-node-problem");
        startRow.addClassName("pl-start");
        Div canvas = new Div(startRow, diagram);
        canvas.addClassName("pl-canvas");
        body.add(canvas, editor);
        return body;
    }

    private NodeCard.Insertion insertion() {
        if (!editable) {
            return null;
        }
        return new NodeCard.Insertion() {
            @Override
            public void choose(Slot slot) {
                openInsertDialog(slot);
            }

            @Override
            public void insert(Slot slot, NewNode kind) {
                Builder.this.insert(slot, kind);
            }
        };
    }

    private void openInsertDialog(Slot slot) {
        Dialog dialog = new Dialog();
        dialog.setId("insert-dialog");
        dialog.setHeaderTitle("Insert on '" + slot.label() + "'" + (slot.node() == null ? " at the start"
                : " of " + slot.node()));
        dialog.add(new Palette(paletteEntries, "insert", entry -> {
            dialog.close();
            insert(slot, entry);
        }));
        Button cancel = new Button("Cancel", click -> dialog.close());
        dialog.getFooter().add(cancel);
        dialog.setWidth("min(30rem, 96vw)");
        dialog.open();
    }

    private void insert(Slot slot, NewNode kind) {
        attempt(() -> {
            selected = draft.insert(slot, kind);
            changed(true);
        });
    }

    private void select(String id) {
        selected = id;
        redraw();
        reopen();
    }

    private void reopen() {
        if (selected == null || !draft.has(selected)) {
            selected = null;
            editor.showNothing();
            return;
        }
        editor.show(draft, selected, stepTypes, this, editable, Optional.ofNullable(run.get(selected)));
        editor.showProblems(problems.of(selected));
    }

    /** A change to the draft: check it, redraw, and (for a change of shape) open the node again. */
    private void changed(boolean reshaped) {
        dirty = true;
        check();
        redraw();
        if (reshaped) {
            reopen();
        } else {
            editor.showProblems(selected == null ? Map.of() : problems.of(selected));
        }
        trigger.showProblems(problems.workflow());
        status();
    }

    private void check() {
        try {
            backend.check(draft.definition());
            problems = NodeProblems.none();
        } catch (InvalidInputException e) {
            problems = new NodeProblems(e.fieldErrors());
        }
    }

    private void redraw() {
        workflowProblems.removeAll();
        problems.elsewhere(new java.util.HashSet<>(draft.nodeIds())).forEach((place, message) -> {
            if (!place.startsWith("trigger.")) {
                workflowProblems.add(new Div(place + ": " + message));
            }
        });
        startRow.removeAll();
        Span start = new Span("Start: " + TriggerText.describe(draft.trigger()));
        startRow.add(start);
        NodeCard.Insertion insertion = insertion();
        if (insertion != null) {
            startRow.add(NodeCard.insertButton(draft.startSlot(), insertion));
        }
        diagram.show(new Diagram.Picture(draft, problems, run, stepTitles, selected), insertion, this::select);
    }

    private void status() {
        heading.setText(draft.name().isBlank() ? "Workflow" : draft.name());
        String state = workflowId == null ? "Not saved yet" : dirty ? "Unsaved changes (version " + version
                + " is saved)" : "Version " + version + " saved";
        if (!problems.isEmpty()) {
            state += " · " + problems.count() + " problem" + (problems.count() == 1 ? "" : "s") + " to fix";
        }
        saved.setText(state);
        Supplier<Optional<UUID>> runnable = () -> dirty ? Optional.empty() : Optional.ofNullable(workflowId);
        testRun.savedWorkflow(runnable, workflowId == null ? "Save the workflow to test it."
                : "Save your changes first: a test run uses the saved version.");
    }

    private void save() {
        try {
            Workflow stored = workflowId == null ? backend.create(draft.definition())
                    : backend.update(workflowId, draft.definition(), version);
            boolean created = workflowId == null;
            workflowId = stored.id();
            version = stored.version();
            dirty = false;
            problems = NodeProblems.none();
            status();
            if (created) {
                // Through script: the Java history API takes elemental.json types, which the UI host does not export.
                UI.getCurrent().getPage().executeJs("history.replaceState(null, '', $0)", "workflows?id="
                        + workflowId);
            }
            Notification.show("Saved as version " + version, 3000, Notification.Position.BOTTOM_CENTER);
        } catch (InvalidInputException e) {
            problems = new NodeProblems(e.fieldErrors());
            redraw();
            reopen();
            status();
            Notification.show("Not saved: fix the " + problems.count() + " problem" + (problems.count() == 1 ? ""
                    : "s") + " marked in red first.", 6000, Notification.Position.BOTTOM_CENTER);
        } catch (ConflictException e) {
            Notification.show(e.getMessage(), 8000, Notification.Position.BOTTOM_CENTER);
        } catch (RuntimeException e) {
            Notification.show("Not saved: " + e.getMessage(), 8000, Notification.Position.BOTTOM_CENTER);
        }
    }

    private void history() {
        if (workflowId == null) {
            Notification.show("There is no history before the first save.", 4000,
                    Notification.Position.BOTTOM_CENTER);
            return;
        }
        try {
            new HistoryDialog(backend, workflowId, editable, older -> {
                draft = Draft.of(older.definition());
                selected = null;
                changed(true);
                Notification.show("Version " + older.version() + " is in the editor; save to make it the newest.",
                        5000, Notification.Position.BOTTOM_CENTER);
            }).open();
        } catch (RuntimeException e) {
            Notification.show(e.getMessage(), 6000, Notification.Position.BOTTOM_CENTER);
        }
    }

    private void attempt(Runnable change) {
        try {
            change.run();
        } catch (IllegalArgumentException | IllegalStateException e) {
            Notification.show(e.getMessage(), 6000, Notification.Position.BOTTOM_CENTER);
        }
    }

    @Override
    public void set(String node, String path, Object value) {
        attempt(() -> {
            draft.set(node, path, value);
            changed(path.equals("step"));
        });
    }

    @Override
    public void reshape(String node, String path, Object value) {
        attempt(() -> {
            draft.set(node, path, value);
            changed(true);
        });
    }

    @Override
    public void rename(String node, String newId) {
        draft.rename(node, newId);
        selected = newId;
        changed(true);
    }

    @Override
    public void point(Slot slot, String target) {
        attempt(() -> {
            draft.point(slot, target);
            changed(false);
        });
    }

    @Override
    public void addBranch(String node) {
        attempt(() -> {
            draft.addBranch(node);
            changed(true);
        });
    }

    @Override
    public void removeBranch(String node, int index) {
        attempt(() -> {
            List<String> removed = draft.removeBranch(node, index);
            changed(true);
            if (!removed.isEmpty()) {
                Notification.show("Removed with the branch: " + String.join(", ", removed), 4000,
                        Notification.Position.BOTTOM_CENTER);
            }
        });
    }

    @Override
    public void remove(String node) {
        attempt(() -> {
            List<String> removed = draft.remove(node);
            selected = null;
            changed(true);
            Notification.show("Removed " + String.join(", ", removed), 4000, Notification.Position.BOTTOM_CENTER);
        });
    }
}
