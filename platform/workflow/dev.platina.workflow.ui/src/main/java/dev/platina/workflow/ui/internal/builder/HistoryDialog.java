package dev.platina.workflow.ui.internal.builder;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import dev.platina.workflow.api.Workflow;
import dev.platina.workflow.api.WorkflowVersion;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Every saved version (who, when) and what changed between any two, in sentences; an older version can be taken
 * into the editor to be saved again as the newest.
 */
final class HistoryDialog extends Dialog {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withZone(ZoneId.systemDefault());

    private final BuilderBackend backend;
    private final UUID workflow;
    private final Select<WorkflowVersion> older = new Select<>();
    private final Select<WorkflowVersion> newer = new Select<>();
    private final Div changes = new Div();

    HistoryDialog(BuilderBackend backend, UUID workflow, boolean editable, Consumer<Workflow> restore) {
        this.backend = backend;
        this.workflow = workflow;
        setHeaderTitle("Version history");
        setId("history-dialog");
        setWidth("min(44rem, 96vw)");
        List<WorkflowVersion> versions = backend.versions(workflow);
        for (Select<WorkflowVersion> select : List.of(older, newer)) {
            select.setItems(versions);
            select.setItemLabelGenerator(v -> "Version " + v.version() + " · " + WHEN.format(v.savedAt()) + " · "
                    + v.savedBy());
            select.addValueChangeListener(change -> compare());
        }
        older.setId("history-older");
        older.setLabel("Compare");
        newer.setId("history-newer");
        newer.setLabel("with");
        changes.setId("history-changes");
        FlexLayout pick = new FlexLayout(older, newer);
        pick.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        pick.getStyle().set("gap", "var(--lumo-space-m)");
        add(pick, changes);
        newer.setValue(versions.get(0));
        older.setValue(versions.size() > 1 ? versions.get(1) : versions.get(0));
        if (editable) {
            Button load = new Button("Open the older one in the editor", click -> {
                restore.accept(backend.get(workflow, older.getValue().version()));
                close();
            });
            load.setId("history-restore");
            getFooter().add(load);
        }
        Button done = new Button("Close", click -> close());
        done.setId("history-close");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(done);
    }

    private void compare() {
        changes.removeAll();
        if (older.getValue() == null || newer.getValue() == null) {
            return;
        }
        try {
            Workflow a = backend.get(workflow, older.getValue().version());
            Workflow b = backend.get(workflow, newer.getValue().version());
            UnorderedList lines = new UnorderedList();
            DefinitionDiff.between(a.definition(), b.definition()).forEach(line -> lines.add(new ListItem(line)));
            changes.add(lines);
        } catch (RuntimeException e) {
            changes.add(new Paragraph(e.getMessage()));
        }
    }
}
