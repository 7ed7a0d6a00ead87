package dev.platina.ui.host.internal;

import com.vaadin.flow.di.LookupInitializer;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.VaadinContext;
import com.vaadin.flow.server.VaadinServlet;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import com.vaadin.flow.server.startup.ErrorNavigationTargetInitializer;
import com.vaadin.flow.server.startup.LookupServletContainerInitializer;
import com.vaadin.flow.server.startup.VaadinAppShellInitializer;
import dev.platina.ui.host.internal.shell.AccessDeniedView;
import dev.platina.ui.host.internal.shell.LoginView;
import dev.platina.ui.host.internal.shell.MainLayout;
import dev.platina.ui.host.internal.shell.NotFoundView;
import dev.platina.ui.host.internal.shell.PlatinaAppShell;
import dev.platina.ui.host.internal.shell.UnexpectedErrorView;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.ServletException;
import java.util.List;
import java.util.Set;

/**
 * Starts Vaadin the way a servlet container's annotation scan would, but with the classes named here: scanning an
 * OSGi bundle's embedded jars is slow and unreliable, and routes of skills arrive later as services anyway.
 */
final class VaadinStartup implements ServletContextListener {

    private final PlatinaServices services;
    private final VaadinServlet servlet;

    VaadinStartup(PlatinaServices services, VaadinServlet servlet) {
        this.services = services;
        this.servlet = servlet;
    }

    @Override
    public void contextInitialized(ServletContextEvent event) {
        try {
            new LookupServletContainerInitializer().process(Set.of(LookupInitializer.class), event.getServletContext());
        } catch (ServletException e) {
            throw new IllegalStateException("Vaadin could not start", e);
        }
        VaadinContext context = new VaadinServletContext(event.getServletContext());
        context.setAttribute(services);
        VaadinAppShellInitializer.init(Set.of(PlatinaAppShell.class), context);
        new ErrorNavigationTargetInitializer().initialize(
                Set.of(NotFoundView.class, UnexpectedErrorView.class), context);

        RouteConfiguration routes = RouteConfiguration.forRegistry(ApplicationRouteRegistry.getInstance(context));
        routes.setRoute(BuiltInViews.LOGIN, LoginView.class);
        routes.setRoute(BuiltInViews.ACCESS_DENIED, AccessDeniedView.class, List.of(MainLayout.class));
        for (NavigationEntry entry : BuiltInViews.entries()) {
            routes.setRoute(entry.route(), entry.view(), List.of(MainLayout.class));
        }
        services.views().attach(context, () -> servlet.getService());
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        services.views().detach();
    }
}
