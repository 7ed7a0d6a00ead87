package dev.platina.ui.host.internal.views;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableConsumer;
import dev.platina.identity.api.BuiltInRole;
import dev.platina.identity.api.NewOrganization;
import dev.platina.identity.api.NewUser;
import dev.platina.identity.api.Organization;
import dev.platina.ui.host.internal.PlatinaServices;
import dev.platina.ui.host.internal.shell.ErrorLine;
import dev.platina.ui.host.internal.shell.SignedIn;
import java.util.Set;

/** Creates a reseller or tenant together with its first Admin. */
final class OrganizationCreateDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    OrganizationCreateDialog(boolean mayCreateResellers, SerializableConsumer<Organization> onCreated) {
        setHeaderTitle("New organisation");
        TextField name = new TextField("Name");
        TextField slug = new TextField("Short name");
        slug.setHelperText("Lower-case letters, digits and '-'; users type it to sign in, e.g. acme");
        RadioButtonGroup<Organization.Kind> kind = new RadioButtonGroup<>("Kind");
        kind.setItems(mayCreateResellers ? new Organization.Kind[] {Organization.Kind.TENANT,
            Organization.Kind.RESELLER} : new Organization.Kind[] {Organization.Kind.TENANT});
        kind.setItemLabelGenerator(k -> k == Organization.Kind.TENANT ? "Tenant (a customer company)"
                : "Reseller (a partner with its own customers)");
        kind.setValue(Organization.Kind.TENANT);
        Checkbox totp = new Checkbox("Require two-factor sign-in");
        TextField adminName = new TextField("First admin's user name");
        PasswordField adminPassword = new PasswordField("First admin's password");
        ErrorLine error = new ErrorLine();
        FormLayout form = new FormLayout(name, slug, kind, totp, adminName, adminPassword, error);
        form.setColspan(error, 2);
        add(form);

        Button create = new Button("Create", click -> {
            try {
                NewUser admin = new NewUser(adminName.getValue().trim(), adminName.getValue().trim(), null,
                        adminPassword.getValue(), Set.of(BuiltInRole.ADMIN.displayName()));
                Organization created = PlatinaServices.current().organizations().create(SignedIn.caller(),
                        new NewOrganization(slug.getValue().trim(), name.getValue().trim(), kind.getValue(),
                                Organization.Limits.NONE, totp.getValue(), admin));
                close();
                onCreated.accept(created);
            } catch (RuntimeException e) {
                error.show(e);
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), create);
    }
}
