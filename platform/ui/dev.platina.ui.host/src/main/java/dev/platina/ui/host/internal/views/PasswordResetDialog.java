package dev.platina.ui.host.internal.views;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.function.SerializableConsumer;
import dev.platina.identity.api.User;
import dev.platina.ui.host.internal.shell.ErrorLine;

/** An admin sets a new password for a user who lost theirs. */
final class PasswordResetDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    PasswordResetDialog(User user, SerializableConsumer<String> onReset) {
        setHeaderTitle("Reset the password of " + user.username());
        PasswordField password = new PasswordField("New password");
        password.setWidthFull();
        ErrorLine error = new ErrorLine();
        add(new Paragraph("The user's open sessions end; give them the new password by a safe channel."), password,
                error);
        Button reset = new Button("Set password", click -> {
            try {
                onReset.accept(password.getValue());
                close();
            } catch (RuntimeException e) {
                error.show(e);
            }
        });
        reset.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), reset);
    }
}
