package dev.platina.ui.host.internal.views;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import dev.platina.identity.api.Caller;
import dev.platina.identity.api.TotpEnrollment;
import dev.platina.identity.api.User;
import dev.platina.ui.host.internal.PlatinaServices;
import dev.platina.ui.host.internal.shell.ErrorLine;
import dev.platina.ui.host.internal.shell.SignedIn;
import java.util.List;

/** The signed-in user's own account: password change and two-factor sign-in. */
@PageTitle("My profile")
public final class ProfileView extends VerticalLayout {

    public static final String ROUTE = "profile";
    private static final long serialVersionUID = 1L;

    private final Caller caller;
    private final VerticalLayout twoFactor = new VerticalLayout();

    public ProfileView() {
        setId("profile-view");
        setMaxWidth("40rem");
        caller = SignedIn.caller();
        User me = PlatinaServices.current().users().get(caller, caller.userId());
        add(new H2("My profile"), new Paragraph(me.username() + (me.email() == null ? "" : " - " + me.email())
                + " - roles: " + String.join(", ", me.roles())));
        add(passwordChange());
        twoFactor.setPadding(false);
        add(new H3("Two-factor sign-in"), twoFactor);
        showTwoFactor(me.totpEnabled());
    }

    private VerticalLayout passwordChange() {
        PasswordField current = new PasswordField("Current password");
        current.setId("current-password");
        PasswordField next = new PasswordField("New password");
        next.setId("new-password");
        next.setHelperText("At least 12 characters, not containing your user name.");
        ErrorLine error = new ErrorLine();
        Button change = new Button("Change password", click -> {
            try {
                PlatinaServices.current().users().changeOwnPassword(caller, current.getValue(), next.getValue());
                current.clear();
                next.clear();
                error.setText("");
                Notification.show("Password changed. Your other sessions have ended.", 5000,
                        Notification.Position.BOTTOM_START);
            } catch (RuntimeException e) {
                error.show(e);
            }
        });
        change.setId("change-password");
        VerticalLayout section = new VerticalLayout(new H3("Password"), current, next, error, change);
        section.setPadding(false);
        return section;
    }

    private void showTwoFactor(boolean enabled) {
        twoFactor.removeAll();
        if (enabled) {
            twoFactor.add(new Paragraph("Two-factor sign-in is on. Keep your recovery codes somewhere safe."));
            return;
        }
        Button start = new Button("Set up two-factor sign-in", click -> enroll());
        start.setId("totp-begin");
        twoFactor.add(new Paragraph("Protect your account with a code from an authenticator app on your phone."),
                start);
    }

    private void enroll() {
        TotpEnrollment enrollment = PlatinaServices.current().twoFactor().begin(caller);
        Html qr = new Html("<div class=\"platina-qr\" style=\"width:12rem;height:12rem\">"
                + QrCodeSvg.of(enrollment.otpauthUri()) + "</div>");
        Span secret = new Span(enrollment.secret());
        secret.setId("totp-secret");
        secret.getStyle().set("font-family", "monospace");
        TextField code = new TextField("Code from the app");
        code.setId("totp-code");
        ErrorLine error = new ErrorLine();
        Button confirm = new Button("Turn on", click -> {
            try {
                List<String> recovery = PlatinaServices.current().twoFactor().confirm(caller, code.getValue().trim());
                showRecoveryCodes(recovery);
            } catch (RuntimeException e) {
                error.show(e);
            }
        });
        confirm.setId("totp-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        twoFactor.removeAll();
        twoFactor.add(new Paragraph("Scan the code with your authenticator app, or type the key below into it. "
                + "Then enter the 6-digit code it shows."), qr, secret, code, error, confirm);
    }

    private void showRecoveryCodes(List<String> codes) {
        twoFactor.removeAll();
        UnorderedList list = new UnorderedList();
        list.setId("recovery-codes");
        codes.forEach(c -> list.add(new ListItem(c)));
        twoFactor.add(new Paragraph("Two-factor sign-in is on. Write down these recovery codes now; each works "
                + "once if you lose your phone, and they are not shown again."), list);
    }

}
