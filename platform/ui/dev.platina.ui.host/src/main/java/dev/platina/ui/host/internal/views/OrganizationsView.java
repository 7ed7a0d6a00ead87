package dev.platina.ui.host.internal.views;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import com.vaadin.flow.router.PageTitle;
import dev.platina.identity.api.Caller;
import dev.platina.identity.api.Organization;
import dev.platina.identity.api.Permission;
import dev.platina.ui.host.internal.PlatinaServices;
import dev.platina.ui.host.internal.shell.SignedIn;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The organisations below the caller's: resellers and their tenants for the operator, tenants for a reseller. */
@PageTitle("Organisations")
public final class OrganizationsView extends VerticalLayout {

    public static final String ROUTE = "organizations";
    private static final long serialVersionUID = 1L;

    private final TreeGrid<Organization> tree = new TreeGrid<>();
    private final Paragraph empty = new Paragraph();
    private final Caller caller;

    public OrganizationsView() {
        setId("organizations-view");
        setSizeFull();
        caller = SignedIn.caller();
        Organization own = PlatinaServices.current().organizations().own(caller);

        Button create = new Button("New organisation", click -> new OrganizationCreateDialog(
                own.kind() == Organization.Kind.PLATFORM, created -> {
                    Notification.show(created.name() + " created. Its first admin can sign in now.", 5000,
                            Notification.Position.BOTTOM_START);
                    refresh();
                }).open());
        create.setId("new-organization");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(caller.has(Permission.ORGANIZATIONS_WRITE) && own.kind() != Organization.Kind.TENANT);
        HorizontalLayout toolbar = new HorizontalLayout(new H2("Organisations"), create);
        toolbar.setWidthFull();
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        toolbar.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);

        tree.setId("organizations-tree");
        tree.addHierarchyColumn(Organization::name).setHeader("Name").setAutoWidth(true);
        tree.addColumn(Organization::slug).setHeader("Short name").setAutoWidth(true);
        tree.addColumn(o -> o.kind() == Organization.Kind.RESELLER ? "Reseller" : "Tenant").setHeader("Kind");
        tree.addColumn(o -> o.status() == Organization.Status.ACTIVE ? "Active" : "Suspended").setHeader("Status");
        empty.setId("organizations-empty");
        add(toolbar, empty, tree);
        refresh();
    }

    private void refresh() {
        List<Organization> below = PlatinaServices.current().organizations().listBelow(caller);
        Map<UUID, Organization> byId = new HashMap<>();
        below.forEach(o -> byId.put(o.id(), o));
        TreeData<Organization> data = new TreeData<>();
        for (Organization organization : below) {
            Organization parent = byId.get(organization.parentId());
            if (parent != null && !data.contains(parent)) {
                data.addItem(null, parent);
            }
            if (!data.contains(organization)) {
                data.addItem(parent, organization);
            }
        }
        tree.setDataProvider(new TreeDataProvider<>(data));
        tree.expandRecursively(data.getRootItems(), 2);
        empty.setVisible(below.isEmpty());
        empty.setText("No organisations yet. Create one with 'New organisation'; you choose its first admin there.");
    }
}
