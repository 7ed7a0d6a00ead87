package dev.platina.ui.host.internal.views;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import dev.platina.identity.api.Caller;
import dev.platina.identity.api.Permission;
import dev.platina.identity.api.Role;
import dev.platina.ui.host.internal.PlatinaServices;
import dev.platina.ui.host.internal.shell.FriendlyErrors;
import dev.platina.ui.host.internal.shell.SignedIn;
import java.util.stream.Collectors;

/** The organisation's roles with what each allows in plain words; admins add, change and delete custom roles. */
@PageTitle("Roles")
public final class RolesView extends VerticalLayout {

    public static final String ROUTE = "roles";
    private static final long serialVersionUID = 1L;

    private final Grid<Role> grid = new Grid<>();
    private final Caller caller;

    public RolesView() {
        setId("roles-view");
        setSizeFull();
        caller = SignedIn.caller();
        Button create = new Button("New role", click -> new RoleDialog(null, draft -> {
            PlatinaServices.current().roles().create(caller, draft);
            Notification.show("Role " + draft.name() + " created. Give it to users under Users.", 5000,
                    Notification.Position.BOTTOM_START);
            refresh();
        }).open());
        create.setId("new-role");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(caller.has(Permission.ROLES_WRITE));
        HorizontalLayout toolbar = new HorizontalLayout(new H2("Roles"), create);
        toolbar.setWidthFull();
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        toolbar.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);

        grid.setId("roles-grid");
        grid.addColumn(Role::name).setHeader("Role").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.permissions().stream().map(Permission::describe).collect(Collectors.joining("; ")))
                .setHeader("May").setFlexGrow(1);
        if (caller.has(Permission.ROLES_WRITE)) {
            grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        }
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        add(toolbar, grid);
        refresh();
    }

    private HorizontalLayout actions(Role role) {
        HorizontalLayout actions = new HorizontalLayout();
        if (role.builtIn()) {
            return actions;
        }
        Button edit = new Button("Edit", click -> new RoleDialog(role, draft -> {
            PlatinaServices.current().roles().update(caller, role.id(), draft, role.version());
            refresh();
        }).open());
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        Button delete = new Button("Delete", click -> {
            try {
                PlatinaServices.current().roles().delete(caller, role.id());
                Notification.show("Role " + role.name() + " deleted.", 4000, Notification.Position.BOTTOM_START);
                refresh();
            } catch (RuntimeException e) {
                FriendlyErrors.show(e);
            }
        });
        delete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        actions.add(edit, delete);
        return actions;
    }

    private void refresh() {
        grid.setItems(PlatinaServices.current().roles().list(caller));
    }
}
