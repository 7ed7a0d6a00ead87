package dev.platina.ui.host.internal.shell;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Inline;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.component.page.Viewport;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.shared.communication.PushMode;
import com.vaadin.flow.shared.ui.Transport;
import dev.platina.ui.host.internal.theme.Theme;
import java.util.Map;

/**
 * The HTML page every screen starts from: viewport for phones, push for live updates, and the brand chosen for
 * this host name (or the signed-in user's organisation) already in the first paint, with its PWA manifest.
 */
@Push(value = PushMode.AUTOMATIC, transport = Transport.WEBSOCKET_XHR)
@Viewport("width=device-width, initial-scale=1, viewport-fit=cover")
public final class PlatinaAppShell implements AppShellConfigurator {

    private static final long serialVersionUID = 1L;

    @Override
    public void configurePage(AppShellSettings settings) {
        Branding.rememberHost();
        Theme theme = Branding.current();
        settings.setPageTitle(theme.productName());
        settings.addMetaTag("color-scheme", "light");
        settings.addMetaTag("theme-color", theme.themeColor());
        settings.addLink(theme.resource("styles.css"), Map.of("rel", "stylesheet", "data-platina-theme", ""));
        settings.addLink(theme.resource("favicon.svg"), Map.of("rel", "icon", "data-platina-icon", "",
                "type", "image/svg+xml"));
        settings.addLink("/manifest/" + theme.id() + ".webmanifest",
                Map.of("rel", "manifest", "data-platina-manifest", ""));
        settings.addLink(theme.resource("icon-192.png"), Map.of("rel", "apple-touch-icon"));
        settings.addInlineWithContents(Inline.Position.APPEND, """
                document.documentElement.setAttribute('data-platina-theme-id', '%s');
                if ('serviceWorker' in navigator) {
                  window.addEventListener('load', () => navigator.serviceWorker.register('/sw.js', {scope: '/'})
                    .catch(e => console.warn('Offline support is not available:', e)));
                }
                """.formatted(theme.id()), com.vaadin.flow.component.page.Inline.Wrapping.JAVASCRIPT);
    }
}
