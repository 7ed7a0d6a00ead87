package dev.platina.ui.host.internal.shell;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.router.NotFoundException;
import dev.platina.marketplace.api.SkillGate;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.VaadinSession;
import dev.platina.identity.api.Caller;
import dev.platina.ui.api.ViewContribution;
import dev.platina.ui.host.internal.BuiltInViews;
import dev.platina.ui.host.internal.NavigationEntry;
import dev.platina.ui.host.internal.PlatinaServices;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The frame around every screen after sign-in: the brand, the navigation (built-in screens and skills' views the
 * user may open), and the user menu. It also guards every route below it: not signed in goes to the sign-in page,
 * no permission goes to a clear denial.
 */
public final class MainLayout extends AppLayout implements RouterLayout, BeforeEnterObserver {

    private static final long serialVersionUID = 1L;

    private final SideNav navigation = new SideNav();
    private final Span userName = new Span();
    private Runnable stopListening = () -> { };

    public MainLayout() {
        VaadinSession.getCurrent().setErrorHandler(new FriendlyErrors());
        setPrimarySection(Section.DRAWER);

        BrandHeader product = new BrandHeader();
        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), product);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.setWidthFull();
        header.setPadding(false);
        header.addClassName("platina-navbar");

        userName.setId("current-user");
        Button signOut = new Button("Sign out", click -> signOut());
        signOut.setId("sign-out");
        signOut.setDisableOnClick(true);
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout user = new HorizontalLayout(userName, signOut);
        user.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        user.getStyle().set("margin-inline-end", "var(--lumo-space-m)");
        header.add(user);
        header.expand(product);
        addToNavbar(header);

        navigation.setId("main-navigation");
        addToDrawer(new Scroller(navigation));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Caller> caller = SignedIn.refresh();
        if (caller.isEmpty()) {
            String path = event.getLocation().getPath();
            event.forwardTo(BuiltInViews.LOGIN,
                    path.isEmpty() ? QueryParameters.empty() : QueryParameters.simple(Map.of("to", path)));
            return;
        }
        Class<?> target = event.getNavigationTarget();
        Optional<NavigationEntry> entry = entryFor(target);
        Optional<Caller> acting = entry.isEmpty() ? caller : entry.get().actingFor(caller.get(), skills());
        if (acting.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        if (entry.isPresent() && !entry.get().allows(acting.get(), SignedIn.inTenant())) {
            event.rerouteTo(AccessDeniedView.class, entry.get().title());
            return;
        }
        // A skill's view reads this through UiSession.caller(): it acts with what its organisation granted it.
        ComponentUtil.setData(event.getUI(), Caller.class,
                entry.flatMap(NavigationEntry::contributor).isPresent() ? acting.get() : null);
        userName.setText(caller.get().username());
        rebuildNavigation(caller.get());
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        UI ui = attachEvent.getUI();
        stopListening = PlatinaServices.current().views().listen(removed -> ui.access(() -> onViewsChanged(ui,
                removed)));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        stopListening.run();
        super.onDetach(detachEvent);
    }

    private void onViewsChanged(UI ui, Optional<ViewContribution> removed) {
        Caller caller = VaadinSession.getCurrent().getAttribute(Caller.class);
        if (caller == null) {
            return;
        }
        if (removed.isPresent() && isShowing(removed.get().view())) {
            ui.navigate(BuiltInViews.DASHBOARD);
            Notification.show("'" + removed.get().title() + "' is no longer available: its skill was removed or "
                    + "turned off. You are back on the dashboard.", 8000, Notification.Position.TOP_CENTER);
        }
        rebuildNavigation(caller);
    }

    private boolean isShowing(Class<?> viewClass) {
        Component content = getContent();
        return content != null && viewClass.isInstance(content);
    }

    private static SkillGate skills() {
        return PlatinaServices.current().skills();
    }

    private static Optional<NavigationEntry> entryFor(Class<?> target) {
        for (NavigationEntry entry : BuiltInViews.entries()) {
            if (entry.view().equals(target)) {
                return Optional.of(entry);
            }
        }
        return PlatinaServices.current().views().forView(target);
    }

    private void rebuildNavigation(Caller caller) {
        List<NavigationEntry> entries = new ArrayList<>(BuiltInViews.entries());
        entries.addAll(PlatinaServices.current().views().current());
        navigation.removeAll();
        List<String> sections = List.of("Work", "Skills", "Administration", "Account");
        for (String section : sections) {
            addSection(section, entries.stream().filter(e -> e.section().equals(section)).toList(), caller);
        }
        entries.stream().map(NavigationEntry::section).distinct().filter(s -> !sections.contains(s))
                .forEach(s -> addSection(s, entries.stream().filter(e -> e.section().equals(s)).toList(), caller));
    }

    private void addSection(String section, List<NavigationEntry> entries, Caller caller) {
        boolean inTenant = SignedIn.inTenant();
        List<NavigationEntry> visible = entries.stream()
                .filter(e -> e.actingFor(caller, skills()).map(acting -> e.allows(acting, inTenant)).orElse(false))
                .sorted(java.util.Comparator.comparingInt(NavigationEntry::order)).toList();
        if (visible.isEmpty()) {
            return;
        }
        SideNavItem group = new SideNavItem(section);
        group.setExpanded(true);
        for (NavigationEntry entry : visible) {
            SideNavItem item = new SideNavItem(entry.title(), "/" + entry.route());
            item.getElement().setAttribute("data-route", entry.route());
            if (!entry.icon().isBlank() && entry.icon().contains(":")) {
                String[] icon = entry.icon().split(":", 2);
                item.setPrefixComponent(new Icon(icon[0], icon[1]));
            }
            group.addItem(item);
        }
        navigation.addItem(group);
    }

    private void signOut() {
        SignOut.run(UI.getCurrent());
    }
}
