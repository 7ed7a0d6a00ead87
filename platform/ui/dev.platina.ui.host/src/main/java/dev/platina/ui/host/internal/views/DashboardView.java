package dev.platina.ui.host.internal.views;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import dev.platina.identity.api.Caller;
import dev.platina.identity.api.Organization;
import dev.platina.identity.api.Permission;
import dev.platina.ui.host.internal.PlatinaServices;
import dev.platina.ui.host.internal.shell.SignedIn;
import java.util.ArrayList;
import java.util.List;

/**
 * What the AI employee is doing, and, while there is nothing to show yet, what to do first. The numbers come from
 * the workflow engine once it is installed; until then the cards say so instead of showing zeros.
 */
@PageTitle("Dashboard")
public final class DashboardView extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    public DashboardView() {
        setId("dashboard");
        Caller caller = SignedIn.caller();
        PlatinaServices services = PlatinaServices.current();
        Organization own = services.organizations().own(caller);
        add(new H2("Welcome, " + caller.username()));
        Paragraph where = new Paragraph("You are signed in to " + own.name() + ".");
        where.getStyle().set("color", "var(--lumo-secondary-text-color)");
        add(where);

        FlexLayout cards = new FlexLayout();
        cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        cards.getStyle().set("gap", "var(--lumo-space-m)");
        cards.setWidthFull();
        String noEngine = "No workflows run on this installation yet. They will appear here once the workflow "
                + "engine and your first workflow are set up.";
        cards.add(card("pending-approvals", "Pending approvals", noEngine),
                card("runs", "Runs today", noEngine), card("failures", "Failures", noEngine));
        add(cards);

        List<String> steps = firstSteps(caller, own, services);
        if (!steps.isEmpty()) {
            add(new H3("First steps"));
            UnorderedList list = new UnorderedList();
            list.setId("first-steps");
            steps.forEach(step -> list.add(new ListItem(step)));
            add(list);
        }
        add(new Anchor("/profile", "Set up two-factor sign-in on your profile"));
    }

    private static Div card(String id, String title, String emptyState) {
        Div card = new Div();
        card.setId("card-" + id);
        card.addClassName("platina-card");
        card.getStyle().set("flex", "1 1 14rem").set("padding", "var(--lumo-space-m)")
                .set("border-radius", "var(--lumo-border-radius-l)")
                .set("background", "var(--lumo-contrast-5pct)");
        Span heading = new Span(title);
        heading.getStyle().set("font-weight", "600");
        Paragraph empty = new Paragraph(emptyState);
        empty.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin", "var(--lumo-space-s) 0 0");
        card.add(heading, empty);
        return card;
    }

    private static List<String> firstSteps(Caller caller, Organization own, PlatinaServices services) {
        List<String> steps = new ArrayList<>();
        boolean createsOrganizations = own.kind() != Organization.Kind.TENANT
                && caller.has(Permission.ORGANIZATIONS_WRITE);
        if (createsOrganizations && services.organizations().listBelow(caller).isEmpty()) {
            steps.add(own.kind() == Organization.Kind.PLATFORM
                    ? "Create your first reseller or tenant under Organisations."
                    : "Create the first tenant for a customer under Organisations.");
        }
        if (caller.has(Permission.USERS_WRITE) && services.users().list(caller, 2, null).items().size() < 2) {
            steps.add("Invite your colleagues under Users and give each the role they need.");
        }
        if (caller.has(Permission.SKILLS_ENABLE)) {
            steps.add("Choose the skills your AI employee may use (mail, CRM, calendar...) once they are installed.");
        }
        return steps;
    }
}
