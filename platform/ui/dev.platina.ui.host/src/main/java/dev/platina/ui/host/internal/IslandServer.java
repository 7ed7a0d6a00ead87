package dev.platina.ui.host.internal;

import com.vaadin.flow.server.VaadinServlet;
import com.vaadin.flow.server.InitParameters;
import dev.platina.ui.host.internal.theme.ManifestServlet;
import dev.platina.ui.host.internal.theme.ThemeResourceServlet;
import jakarta.servlet.DispatcherType;
import java.time.Duration;
import java.util.EnumSet;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.ee10.websocket.jakarta.server.config.JakartaWebSocketServletContainerInitializer;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.server.handler.ContextHandler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandlerCollection;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/** The public origin: Jetty 12 with the Vaadin UI at {@code /} and the API proxy at {@code /api}. */
final class IslandServer {

    private static final Duration SESSION_TIMEOUT = Duration.ofMinutes(30);

    private final Server server;

    IslandServer(IslandAddress address, PlatinaServices services, ClassLoader bundleLoader) {
        QueuedThreadPool threads = new QueuedThreadPool(200, 8, 60_000);
        threads.setName("platina-ui");
        server = new Server(threads);
        server.setStopTimeout(5_000);

        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(address.host());
        connector.setPort(address.port());
        connector.setIdleTimeout(60_000);
        server.addConnector(connector);

        ContextHandler api = new ContextHandler(new ApiProxy(address.apiPort(), services.skills()::changing), "/api");
        api.setClassLoader(bundleLoader);
        server.setHandler(new ContextHandlerCollection(api, uiContext(services, bundleLoader)));
    }

    private static ServletContextHandler uiContext(PlatinaServices services, ClassLoader bundleLoader) {
        ServletContextHandler ui = new ServletContextHandler(ServletContextHandler.SESSIONS);
        ui.setContextPath("/");
        ui.setClassLoader(bundleLoader);
        ui.getSessionHandler().setMaxInactiveInterval((int) SESSION_TIMEOUT.toSeconds());
        ui.getSessionHandler().setHttpOnly(true);
        ui.getSessionHandler().setSameSite(HttpCookie.SameSite.LAX);
        ui.getSessionHandler().setSessionCookie("PLATINA_UI");
        VaadinServlet vaadinServlet = new VaadinServlet();
        ui.addEventListener(new VaadinStartup(services, vaadinServlet));
        ui.addFilter(new FilterHolder(new SecurityHeadersFilter()), "/*", EnumSet.of(DispatcherType.REQUEST));

        ui.addServlet(new ServletHolder(new ClassPathResourceServlet("META-INF/resources/VAADIN/static/push/")),
                "/VAADIN/static/push/*");
        ui.addServlet(new ServletHolder(new ThemeResourceServlet(services.themes())), "/theme/*");
        ui.addServlet(new ServletHolder(new ManifestServlet(services.themes())), "/manifest/*");
        ui.addServlet(new ServletHolder(new FixedResourceServlet("pwa/sw.js", "text/javascript; charset=utf-8")),
                "/sw.js");
        ui.addServlet(new ServletHolder(new FixedResourceServlet("pwa/offline.html", "text/html; charset=utf-8")),
                "/offline.html");
        ServletHolder vaadin = new ServletHolder("vaadin", vaadinServlet);
        vaadin.setAsyncSupported(true);
        vaadin.setInitOrder(1);
        vaadin.setInitParameter(InitParameters.SERVLET_PARAMETER_PRODUCTION_MODE, "true");
        vaadin.setInitParameter(InitParameters.SERVLET_PARAMETER_CLOSE_IDLE_SESSIONS, "true");
        ui.addServlet(vaadin, "/*");
        JakartaWebSocketServletContainerInitializer.configure(ui, null);
        return ui;
    }

    void start() throws Exception {
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(IslandServer.class.getClassLoader());
        try {
            server.start();
        } catch (Exception e) {
            server.stop();
            throw e;
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    void stop() throws Exception {
        server.stop();
        server.join();
    }
}
