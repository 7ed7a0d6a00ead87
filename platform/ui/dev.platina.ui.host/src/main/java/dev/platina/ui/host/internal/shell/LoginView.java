package dev.platina.ui.host.internal.shell;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import dev.platina.core.api.AuthenticationFailedException;
import dev.platina.core.api.LimitExceededException;
import dev.platina.identity.api.LoginResult;
import dev.platina.identity.api.Organization;
import dev.platina.identity.api.OrganizationService;
import dev.platina.ui.host.internal.BuiltInViews;
import dev.platina.ui.host.internal.PlatinaServices;
import dev.platina.ui.host.internal.theme.OrganizationChain;
import java.util.List;

/** Sign-in: organisation, user name, password, and the authenticator code once the server asks for it. */
@PageTitle("Sign in")
public final class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private static final long serialVersionUID = 1L;

    private final TextField organization = new TextField("Organisation");
    private final TextField username = new TextField("User name");
    private final PasswordField password = new PasswordField("Password");
    private final TextField code = new TextField("Authenticator code");
    private final ErrorLine error = new ErrorLine();
    private final Button signIn = new Button("Sign in");
    private String target = "";

    public LoginView() {
        addClassName("platina-login");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        Div card = new Div();
        card.addClassName("platina-login-card");
        card.getStyle().set("max-width", "22rem").set("width", "100%");
        BrandHeader title = new BrandHeader();
        title.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("margin-bottom", "var(--lumo-space-m)");
        Paragraph hint = new Paragraph("Sign in with the account your administrator gave you.");
        hint.getStyle().set("color", "var(--lumo-secondary-text-color)");

        organization.setId("login-organization");
        organization.setValue(OrganizationHint.fromHost(VaadinRequest.getCurrent()));
        organization.setHelperText("The short name of your company in Platina, e.g. acme");
        username.setId("login-username");
        username.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.USERNAME);
        password.setId("login-password");
        password.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.CURRENT_PASSWORD);
        code.setId("login-code");
        code.setVisible(false);
        code.setHelperText("The 6-digit code from your authenticator app, or one of your recovery codes");
        code.getElement().setAttribute("autocomplete", "one-time-code");
        error.setId("login-error");

        signIn.setId("login-submit");
        signIn.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        signIn.addClickShortcut(Key.ENTER);
        signIn.addClickListener(click -> attempt());
        signIn.setWidthFull();

        for (var field : List.of(organization, username, password, code)) {
            field.setWidthFull();
        }
        card.add(title, hint, organization, username, password, code, error, signIn);
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        target = event.getLocation().getQueryParameters().getSingleParameter("to").filter(LoginView::isLocal)
                .orElse(BuiltInViews.DASHBOARD);
        if (VaadinSession.getCurrent().getAttribute(SignedIn.class) != null && SignedIn.refresh().isPresent()) {
            event.forwardTo(target);
        }
    }

    private void attempt() {
        error.setText("");
        if (organization.isEmpty() || username.isEmpty() || password.isEmpty()) {
            error.setText("Enter your organisation, user name and password.");
            return;
        }
        VaadinRequest request = VaadinRequest.getCurrent();
        try {
            LoginResult result = PlatinaServices.current().authentication().login(organization.getValue().trim(),
                    username.getValue().trim(), password.getValue(), code.isVisible() ? code.getValue().trim() : null,
                    SignedIn.requestId(), request == null ? null : request.getRemoteAddr());
            OrganizationService organizations = PlatinaServices.current().organizations();
            Organization own = organizations.own(result.caller());
            SignedIn.start(VaadinSession.getCurrent(), result.token(), result.caller(),
                    own.kind() == Organization.Kind.TENANT, OrganizationChain.of(organizations, own));
            UI.getCurrent().navigate(target);
        } catch (AuthenticationFailedException e) {
            if (e.secondFactorRequired()) {
                code.setVisible(true);
                code.focus();
            }
            password.clear();
            error.setText(e.getMessage());
            if (!e.secondFactorRequired()) {
                password.focus();
            }
        } catch (LimitExceededException e) {
            error.setText(e.getMessage());
        }
    }

    private static boolean isLocal(String path) {
        return path.matches("[A-Za-z0-9_\\-/]*") && !path.startsWith("/");
    }
}
