package dev.platina.ui.host.internal;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Serves one file of this bundle at one path, e.g. the service worker at {@code /sw.js}; always revalidated. */
final class FixedResourceServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final byte[] content;
    private final String contentType;

    FixedResourceServlet(String resource, String contentType) {
        this.contentType = contentType;
        try (InputStream in = FixedResourceServlet.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the UI bundle");
            }
            this.content = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType(contentType);
        response.setHeader("Cache-Control", "no-cache");
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }
}
