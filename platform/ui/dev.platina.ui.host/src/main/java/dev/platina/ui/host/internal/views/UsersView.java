package dev.platina.ui.host.internal.views;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import dev.platina.identity.api.Caller;
import dev.platina.identity.api.Permission;
import dev.platina.identity.api.Role;
import dev.platina.identity.api.User;
import dev.platina.ui.host.internal.PlatinaServices;
import dev.platina.ui.host.internal.shell.SignedIn;
import java.util.List;

/** The organisation's users: who they are, their roles, and (for admins) create, change, disable, reset. */
@PageTitle("Users")
public final class UsersView extends VerticalLayout {

    public static final String ROUTE = "users";
    private static final long serialVersionUID = 1L;

    private final Grid<User> grid = new Grid<>();
    private final UsersPresenter presenter;

    public UsersView() {
        setId("users-view");
        setSizeFull();
        Caller caller = SignedIn.caller();
        presenter = new UsersPresenter(PlatinaServices.current(), caller);

        Button create = new Button("New user", click -> openCreate());
        create.setId("new-user");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(caller.has(Permission.USERS_WRITE));
        HorizontalLayout toolbar = new HorizontalLayout(new H2("Users"), create);
        toolbar.setWidthFull();
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        toolbar.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);

        grid.setId("users-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(User::username).setHeader("User name").setAutoWidth(true).setKey("username");
        var name = grid.addColumn(User::displayName).setHeader("Name").setAutoWidth(true);
        var email = grid.addColumn(User::email).setHeader("E-mail").setAutoWidth(true);
        grid.addColumn(u -> String.join(", ", u.roles())).setHeader("Roles").setAutoWidth(true).setKey("roles");
        grid.addColumn(u -> u.enabled() ? "Active" : "Disabled").setHeader("Status").setAutoWidth(true);
        if (caller.has(Permission.USERS_WRITE)) {
            grid.addComponentColumn(this::actions).setHeader("").setAutoWidth(true).setFlexGrow(0);
        }
        Responsive.onWidthClass(this, narrow -> {
            name.setVisible(!narrow);
            email.setVisible(!narrow);
        });
        add(toolbar, grid);
        refresh();
    }

    private HorizontalLayout actions(User user) {
        Button edit = new Button("Edit", click -> openEdit(user));
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        edit.getElement().setAttribute("data-user", user.username());
        edit.addClassName("edit-user");
        Button reset = new Button("Reset password", click -> openReset(user));
        reset.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        reset.addClassName("reset-password");
        return new HorizontalLayout(edit, reset);
    }

    private void openCreate() {
        List<Role> roles = presenter.roles();
        new UserCreateDialog(roles, draft -> {
            User created = presenter.create(draft);
            Notification.show("User " + created.username() + " created. Give them their password in person or "
                    + "by another safe channel.", 6000, Notification.Position.BOTTOM_START);
            refresh();
        }).open();
    }

    private void openEdit(User user) {
        new UserEditDialog(user, presenter.roles(), changes -> {
            presenter.update(user, changes);
            Notification.show("Saved " + user.username() + ".", 4000, Notification.Position.BOTTOM_START);
            refresh();
        }).open();
    }

    private void openReset(User user) {
        new PasswordResetDialog(user, password -> {
            presenter.resetPassword(user, password);
            Notification.show("New password set for " + user.username() + "; their sessions have ended.", 6000,
                    Notification.Position.BOTTOM_START);
        }).open();
    }

    private void refresh() {
        grid.setItems(presenter.users());
    }
}
