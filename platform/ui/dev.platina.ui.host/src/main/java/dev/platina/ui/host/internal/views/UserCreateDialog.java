package dev.platina.ui.host.internal.views;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableConsumer;
import dev.platina.identity.api.NewUser;
import dev.platina.identity.api.Role;
import dev.platina.ui.host.internal.shell.ErrorLine;
import java.util.List;

/** Asks for a new user's name, e-mail, first password and roles; errors stay in the dialog, nothing typed is lost. */
final class UserCreateDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    UserCreateDialog(List<Role> roles, SerializableConsumer<NewUser> onCreate) {
        setHeaderTitle("New user");
        setId("user-create-dialog");
        TextField username = new TextField("User name");
        username.setId("new-user-username");
        username.setRequired(true);
        TextField displayName = new TextField("Full name");
        displayName.setId("new-user-name");
        EmailField email = new EmailField("E-mail");
        email.setId("new-user-email");
        PasswordField password = new PasswordField("First password");
        password.setId("new-user-password");
        password.setHelperText("At least 12 characters; the user can change it on their profile.");
        CheckboxGroup<String> roleChoice = RoleChoice.of(roles);
        roleChoice.setId("new-user-roles");
        ErrorLine error = new ErrorLine();
        error.setId("new-user-error");

        FormLayout form = new FormLayout(username, displayName, email, password, roleChoice, error);
        form.setColspan(roleChoice, 2);
        form.setColspan(error, 2);
        add(form);

        Button create = new Button("Create", click -> {
            if (roleChoice.getValue().isEmpty()) {
                error.setText("Choose at least one role.");
                return;
            }
            try {
                onCreate.accept(new NewUser(username.getValue().trim(), blankToNull(displayName.getValue()),
                        blankToNull(email.getValue()), password.getValue(), roleChoice.getValue()));
                close();
            } catch (RuntimeException e) {
                error.show(e);
            }
        });
        create.setId("new-user-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), create);
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
