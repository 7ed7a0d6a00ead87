package dev.platina.ui.host.internal.views;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableConsumer;
import dev.platina.identity.api.Permission;
import dev.platina.identity.api.Role;
import dev.platina.identity.api.RoleDraft;
import dev.platina.ui.host.internal.shell.ErrorLine;

/** Creates a custom role, or changes one: a name, a description and permissions chosen by what they allow. */
final class RoleDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    RoleDialog(Role existing, SerializableConsumer<RoleDraft> onSave) {
        setHeaderTitle(existing == null ? "New role" : "Edit " + existing.name());
        setId("role-dialog");
        TextField name = new TextField("Name");
        name.setId("role-name");
        TextField description = new TextField("Description");
        CheckboxGroup<String> permissions = new CheckboxGroup<>("May");
        permissions.setId("role-permissions");
        permissions.setItems(Permission.all());
        permissions.setItemLabelGenerator(Permission::describe);
        if (existing != null) {
            name.setValue(existing.name());
            description.setValue(existing.description() == null ? "" : existing.description());
            permissions.setValue(existing.permissions());
        }
        ErrorLine error = new ErrorLine();
        FormLayout form = new FormLayout(name, description, permissions, error);
        form.setColspan(permissions, 2);
        form.setColspan(error, 2);
        add(form);
        Button save = new Button(existing == null ? "Create" : "Save", click -> {
            try {
                onSave.accept(new RoleDraft(name.getValue().trim(),
                        UserCreateDialog.blankToNull(description.getValue()), permissions.getValue()));
                close();
            } catch (RuntimeException e) {
                error.show(e);
            }
        });
        save.setId("role-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), save);
    }
}
