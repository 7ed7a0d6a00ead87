package dev.platina.ui.host.internal.theme;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The web app manifest of a brand at {@code /manifest/<theme>.webmanifest}: what a phone shows when the PWA is
 * installed (name, icons, colours). A PWA belongs to its origin, so an organisation with its own installable app
 * uses its own host name.
 */
public final class ManifestServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern PATH = Pattern.compile("/([a-z0-9][a-z0-9-]{0,62})\\.webmanifest");

    private final transient ThemeRegistry themes;

    public ManifestServlet(ThemeRegistry themes) {
        this.themes = themes;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher path = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        Optional<Theme> theme = path.matches() ? themes.get(path.group(1)) : Optional.empty();
        if (theme.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("application/manifest+json");
        response.setHeader("Cache-Control", "no-cache");
        response.getOutputStream().write(manifest(theme.get()).getBytes(StandardCharsets.UTF_8));
    }

    static String manifest(Theme theme) {
        return """
                {
                  "id": "/",
                  "name": %s,
                  "short_name": %s,
                  "description": "Approve and follow your AI employee's work",
                  "start_url": "/",
                  "scope": "/",
                  "display": "standalone",
                  "background_color": %s,
                  "theme_color": %s,
                  "icons": [
                    {"src": %s, "sizes": "192x192", "type": "image/png", "purpose": "any"},
                    {"src": %s, "sizes": "512x512", "type": "image/png", "purpose": "any"},
                    {"src": %s, "sizes": "512x512", "type": "image/png", "purpose": "maskable"}
                  ]
                }
                """.formatted(json(theme.pwaName()), json(theme.pwaShortName()), json(theme.backgroundColor()),
                json(theme.themeColor()), json(theme.resource("icon-192.png")), json(theme.resource("icon-512.png")),
                json(theme.resource("icon-512.png")));
    }

    private static String json(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
