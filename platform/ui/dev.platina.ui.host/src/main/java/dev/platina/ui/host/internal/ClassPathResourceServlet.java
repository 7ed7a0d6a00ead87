package dev.platina.ui.host.internal;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;

/**
 * Serves static files from the bundle's class path. A plain Jetty context does not serve the
 * {@code META-INF/resources} of embedded jars, and Vaadin's push client script lives there.
 */
final class ClassPathResourceServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final String prefix;

    ClassPathResourceServlet(String prefix) {
        this.prefix = prefix;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        if (path == null || path.contains("..")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        URL resource = getClass().getClassLoader().getResource(prefix + path.substring(1));
        if (resource == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String type = getServletContext().getMimeType(path);
        response.setContentType(type == null ? "application/octet-stream" : type);
        response.setHeader("Cache-Control", "public, max-age=86400");
        try (InputStream in = resource.openStream()) {
            in.transferTo(response.getOutputStream());
        }
    }
}
