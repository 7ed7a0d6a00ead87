package dev.platina.workflow.ui.internal.builder;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.dnd.EffectAllowed;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What can be added: the flow nodes (condition, parallel branches, approval, wait) and every step type the
 * organisation can use, skills' included, grouped by category and filtered as one types. Entries can be dragged
 * onto a path's +, or chosen with the keyboard or a click when the palette was opened from a +.
 */
final class Palette extends Div {

    private static final long serialVersionUID = 1L;

    private final List<NewNode> entries;
    private final Div list = new Div();
    private final Consumer<NewNode> chosen;
    private final String idPrefix;

    Palette(List<NewNode> entries, String idPrefix, Consumer<NewNode> chosen) {
        this.entries = entries;
        this.chosen = chosen;
        this.idPrefix = idPrefix;
        addClassName("pl-palette");
        TextField search = new TextField();
        search.setId(idPrefix + "-search");
        search.setPlaceholder("Search steps");
        search.setAriaLabel("Search steps");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidthFull();
        search.addValueChangeListener(change -> show(change.getValue()));
        list.addClassName("pl-palette-list");
        add(search, list);
        show("");
    }

    /** Every entry: the flow nodes first, then the step types the organisation can use. */
    static List<NewNode> entries(List<dev.platina.workflow.api.StepDescriptor> steps) {
        var all = new java.util.ArrayList<>(List.of(NewNode.CONDITION, NewNode.PARALLEL, NewNode.APPROVAL,
                NewNode.WAIT));
        steps.stream().map(NewNode::step).sorted(java.util.Comparator.comparing(NewNode::category)
                .thenComparing(NewNode::title)).forEach(all::add);
        return all;
    }

    private void show(String filter) {
        list.removeAll();
        String wanted = filter.toLowerCase(Locale.ROOT).strip();
        Map<String, Div> groups = new LinkedHashMap<>();
        for (NewNode entry : entries) {
            String haystack = (entry.title() + " " + entry.description() + " " + (entry.stepType() == null ? ""
                    : entry.stepType())).toLowerCase(Locale.ROOT);
            if (!wanted.isEmpty() && !haystack.contains(wanted)) {
                continue;
            }
            Div group = groups.computeIfAbsent(entry.category(), category -> {
                Div g = new Div();
                g.addClassName("pl-palette-group");
                Paragraph heading = new Paragraph(category);
                heading.addClassName("pl-editor-heading");
                g.add(heading);
                list.add(g);
                return g;
            });
            group.add(entryButton(entry));
        }
        if (groups.isEmpty()) {
            list.add(new Paragraph("Nothing matches '" + filter + "'."));
        }
    }

    private Button entryButton(NewNode entry) {
        Button button = new Button(entry.title(), click -> chosen.accept(entry));
        button.setId(idPrefix + "-" + entry.key());
        button.addThemeVariants(ButtonVariant.LUMO_CONTRAST, ButtonVariant.LUMO_TERTIARY);
        button.addClassName("pl-palette-entry");
        button.getElement().setAttribute("title", entry.description());
        DragSource<Button> drag = DragSource.create(button);
        drag.setDragData(entry);
        drag.setEffectAllowed(EffectAllowed.COPY);
        return button;
    }
}
