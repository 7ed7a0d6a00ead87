package dev.platina.ui.host.internal.views;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableConsumer;
import dev.platina.identity.api.Role;
import dev.platina.identity.api.User;
import dev.platina.identity.api.UserChanges;
import dev.platina.ui.host.internal.shell.ErrorLine;
import java.util.List;

/** Changes a user's name, e-mail, roles and whether the account may sign in. */
final class UserEditDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    UserEditDialog(User user, List<Role> roles, SerializableConsumer<UserChanges> onSave) {
        setHeaderTitle("Edit " + user.username());
        setId("user-edit-dialog");
        TextField displayName = new TextField("Full name");
        displayName.setValue(user.displayName() == null ? "" : user.displayName());
        EmailField email = new EmailField("E-mail");
        email.setValue(user.email() == null ? "" : user.email());
        CheckboxGroup<String> roleChoice = RoleChoice.of(roles);
        roleChoice.setId("edit-user-roles");
        roleChoice.setValue(user.roles());
        Checkbox enabled = new Checkbox("May sign in", user.enabled());
        enabled.setId("edit-user-enabled");
        enabled.setHelperText("Turn off to disable the account; its sessions end at once.");
        ErrorLine error = new ErrorLine();
        FormLayout form = new FormLayout(displayName, email, roleChoice, enabled, error);
        form.setColspan(roleChoice, 2);
        form.setColspan(error, 2);
        add(form);

        Button save = new Button("Save", click -> {
            if (roleChoice.getValue().isEmpty()) {
                error.setText("Keep at least one role.");
                return;
            }
            try {
                onSave.accept(new UserChanges(UserCreateDialog.blankToNull(displayName.getValue()),
                        UserCreateDialog.blankToNull(email.getValue()),
                        roleChoice.getValue(), enabled.getValue()));
                close();
            } catch (RuntimeException e) {
                error.show(e);
            }
        });
        save.setId("edit-user-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), save);
    }
}
