package dev.platina.ui.host.internal.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import dev.platina.ui.host.internal.PlatinaServices;
import dev.platina.ui.host.internal.theme.Theme;
import dev.platina.ui.host.internal.theme.ThemeChoice;
import java.util.List;
import java.util.Set;

/**
 * The brand of the current page: the theme chosen for the user's organisation or, before sign-in, for the host
 * name the browser used. Applied on the first load by the app shell and afterwards, e.g. after sign-in or when a
 * theme bundle is deployed, by {@link #apply(UI)}.
 */
public final class Branding {

    /** Used only while no theme bundle at all is installed. */
    static final Theme BUILT_IN = new Theme("platina", "Platina", "Platina", "Platina", "#1676f3", "#ffffff", "",
            Set.of(), Set.of(), true, 0);
    private static final String HOST = "platina.host";

    private Branding() {
    }

    public static Theme current() {
        VaadinSession session = VaadinSession.getCurrent();
        String host = session == null ? null : (String) session.getAttribute(HOST);
        if (host == null && VaadinRequest.getCurrent() != null) {
            host = VaadinRequest.getCurrent().getHeader("Host");
        }
        List<String> chain = session == null ? List.of() : SignedIn.organizationChain(session);
        return ThemeChoice.choose(PlatinaServices.current().themes().all(), chain, host).orElse(BUILT_IN);
    }

    /** Remembers the host name of the page request, for choices made later outside a request (push). */
    static void rememberHost() {
        VaadinRequest request = VaadinRequest.getCurrent();
        VaadinSession session = VaadinSession.getCurrent();
        if (request != null && session != null && request.getHeader("Host") != null) {
            session.setAttribute(HOST, request.getHeader("Host"));
        }
    }

    /** Points the page's stylesheet, icon, manifest and theme colour at the current theme. */
    public static Theme apply(UI ui) {
        Theme theme = current();
        ui.getPage().executeJs("""
                const head = document.head;
                const ensure = (selector, make) => head.querySelector(selector) || head.appendChild(make());
                const link = (rel, marker) => () => {
                  const l = document.createElement('link'); l.rel = rel; l.setAttribute(marker, ''); return l; };
                ensure('link[data-platina-theme]', link('stylesheet', 'data-platina-theme')).href = $0;
                ensure('link[data-platina-icon]', link('icon', 'data-platina-icon')).href = $1;
                ensure('link[data-platina-manifest]', link('manifest', 'data-platina-manifest')).href = $2;
                const meta = ensure('meta[name=theme-color]', () => {
                  const m = document.createElement('meta'); m.name = 'theme-color'; return m; });
                meta.content = $3;
                document.documentElement.setAttribute('data-platina-theme-id', $4);
                """, theme.resource("styles.css"), theme.resource("favicon.svg"),
                "/manifest/" + theme.id() + ".webmanifest", theme.themeColor(), theme.id());
        return theme;
    }
}
