package dev.platina.ai.providers.internal;

import java.net.URI;

/** Joins a configured base URL and an API path, whether or not the administrator typed a trailing slash. */
final class Endpoints {

    private Endpoints() {
    }

    static URI resolve(URI baseUrl, String path, String query) {
        String base = baseUrl.toString();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        String joined = base + "/" + path;
        return URI.create(query == null || query.isEmpty() ? joined : joined + "?" + query);
    }
}
