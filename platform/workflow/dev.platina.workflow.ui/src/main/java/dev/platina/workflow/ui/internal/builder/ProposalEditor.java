package dev.platina.workflow.ui.internal.builder;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The parameters an approver sees and, when the policy allows, edits: a name and a value each, where a value
 * beginning with '=' is computed from the run ({@code =input.amount}).
 */
final class ProposalEditor extends Div {

    private static final long serialVersionUID = 1L;
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,63}");

    ProposalEditor(String node, Object proposal, FieldBinder fields, Edits edits) {
        addClassName("pl-proposal");
        setWidthFull();
        add(new Paragraph("Proposal: what the approver decides on"));
        Map<?, ?> values = proposal instanceof Map<?, ?> map ? map : Map.of();
        values.forEach((key, value) -> {
            String name = String.valueOf(key);
            TextField field = fields.text(name, "proposal." + name, value, text -> text.isBlank() ? ""
                    : InputValues.parse(text, null));
            Button remove = new Button("Remove", click -> edits.reshape(node, "proposal." + name, null));
            remove.setId(fields.fieldId("proposal." + name + ".remove"));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.getElement().setAttribute("aria-label", "Remove the parameter " + name);
            HorizontalLayout row = new HorizontalLayout(field, remove);
            row.setWidthFull();
            row.setAlignItems(HorizontalLayout.Alignment.BASELINE);
            add(row);
        });
        TextField newName = new TextField("New parameter");
        newName.setId(fields.fieldId("proposal-new"));
        newName.setPlaceholder("amount");
        Button add = new Button("Add", click -> {
            String name = newName.getValue().strip();
            if (!NAME.matcher(name).matches()) {
                newName.setErrorMessage("Use letters, digits and '_', starting with a letter");
                newName.setInvalid(true);
            } else if (values.containsKey(name)) {
                newName.setErrorMessage("There is a parameter '" + name + "' already");
                newName.setInvalid(true);
            } else {
                edits.reshape(node, "proposal." + name, "");
            }
        });
        add.setId(fields.fieldId("proposal-add"));
        HorizontalLayout row = new HorizontalLayout(newName, add);
        row.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        add(row);
    }
}
