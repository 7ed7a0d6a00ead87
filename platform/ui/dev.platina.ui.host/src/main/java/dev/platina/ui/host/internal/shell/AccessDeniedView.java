package dev.platina.ui.host.internal.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.PageTitle;

/** What a user sees on a screen their roles do not allow: which screen, and who can help. */
@PageTitle("No access")
public final class AccessDeniedView extends VerticalLayout implements HasUrlParameter<String> {

    private static final long serialVersionUID = 1L;

    private final Paragraph explanation = new Paragraph();

    public AccessDeniedView() {
        setId("access-denied");
        H2 title = new H2("You do not have access to this screen");
        add(title, explanation, new Anchor("/", "Go to the dashboard"));
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String screen) {
        String name = screen == null || screen.isBlank() ? "This screen" : "'" + screen + "'";
        explanation.setText(name + " needs a permission your roles do not include. If you need it for your work, "
                + "ask an administrator of your organisation to give you a role that has it.");
    }
}
