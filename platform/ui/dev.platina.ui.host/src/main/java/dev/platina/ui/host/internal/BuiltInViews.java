package dev.platina.ui.host.internal;

import dev.platina.identity.api.Permission;
import dev.platina.ui.host.internal.views.AuditView;
import dev.platina.ui.host.internal.views.DashboardView;
import dev.platina.ui.host.internal.views.OrganizationsView;
import dev.platina.ui.host.internal.views.ProfileView;
import dev.platina.ui.host.internal.views.RolesView;
import dev.platina.ui.host.internal.views.UsersView;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The screens the platform ships; skills add theirs through {@link ContributedViews}. */
public final class BuiltInViews {

    public static final String DASHBOARD = "";
    public static final String LOGIN = "login";
    public static final String ACCESS_DENIED = "access-denied";

    private static final List<NavigationEntry> ENTRIES = List.of(
            new NavigationEntry(DASHBOARD, "Dashboard", "vaadin:dashboard", "Work", 0, Optional.empty(),
                    DashboardView.class, false),
            new NavigationEntry(UsersView.ROUTE, "Users", "vaadin:users", "Administration", 10,
                    Optional.of(Permission.USERS_READ), UsersView.class, false),
            new NavigationEntry(RolesView.ROUTE, "Roles", "vaadin:key", "Administration", 15,
                    Optional.of(Permission.ROLES_READ), RolesView.class, false),
            new NavigationEntry(OrganizationsView.ROUTE, "Organisations", "vaadin:sitemap", "Administration", 20,
                    Optional.of(Permission.ORGANIZATIONS_READ), OrganizationsView.class, true),
            new NavigationEntry(AuditView.ROUTE, "Audit log", "vaadin:records", "Administration", 30,
                    Optional.of(Permission.AUDIT_READ), AuditView.class, false),
            new NavigationEntry(ProfileView.ROUTE, "My profile", "vaadin:user", "Account", 0, Optional.empty(),
                    ProfileView.class, false));

    private static final Set<String> RESERVED = Set.of("login", "logout", "access-denied", "api", "VAADIN",
            "manifest.webmanifest", "sw.js", "offline.html", "theme", "icons", "users", "roles", "organizations",
            "audit", "profile", "manifest");

    private BuiltInViews() {
    }

    public static List<NavigationEntry> entries() {
        return ENTRIES;
    }

    static boolean isReserved(String route) {
        String first = route.contains("/") ? route.substring(0, route.indexOf('/')) : route;
        return RESERVED.contains(first);
    }
}
