package dev.platina.ui.host.internal.theme;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Serves a theme's files at {@code /theme/<id>/<file>}; only the files a theme may have, nothing else. */
public final class ThemeResourceServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern PATH = Pattern.compile("/([a-z0-9][a-z0-9-]{0,62})/([a-z0-9.-]+)");
    private static final Map<String, String> FILES = Map.of(
            "styles.css", "text/css; charset=utf-8",
            "logo.svg", "image/svg+xml",
            "favicon.svg", "image/svg+xml",
            "icon-192.png", "image/png",
            "icon-512.png", "image/png");

    private final transient ThemeRegistry themes;

    public ThemeResourceServlet(ThemeRegistry themes) {
        this.themes = themes;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher path = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!path.matches() || !FILES.containsKey(path.group(2))) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Optional<URL> file = themes.file(path.group(1), path.group(2));
        if (file.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(FILES.get(path.group(2)));
        // URLs carry the theme bundle's version, so a long cache is safe and updates still arrive at once.
        response.setHeader("Cache-Control", request.getParameter("v") == null ? "no-cache" : "public, max-age=604800");
        try (InputStream in = file.get().openStream()) {
            in.transferTo(response.getOutputStream());
        }
    }
}
