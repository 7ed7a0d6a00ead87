package dev.platina.ai.mcp.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The browser origins that may call the MCP endpoint: the platform's own public origin on this machine and those
 * the operator adds. Checked against DNS rebinding: a page of another site that resolves to this machine carries
 * its own origin, which is not on the list.
 */
final class Origins {

    private final Set<String> allowed = new LinkedHashSet<>();

    Origins(List<String> configured, String publicPort) {
        String port = publicPort == null || publicPort.isBlank() ? "8080" : publicPort.strip();
        for (String host : List.of("127.0.0.1", "localhost", "[::1]")) {
            allowed.add("http://" + host + ":" + port);
        }
        configured.stream().map(Origins::normalise).filter(o -> !o.isEmpty()).forEach(allowed::add);
    }

    /** Whether a request with this {@code Origin} header may go on; none (not a browser) always may. */
    boolean allows(String origin) {
        return origin == null || origin.isBlank() || allowed.contains(normalise(origin));
    }

    /** {@code scheme://host[:port]} in lower case, the default port left out; empty when not an origin. */
    static String normalise(String origin) {
        try {
            URI uri = new URI(origin.strip());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return "";
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            int port = uri.getPort();
            boolean defaultPort = port < 0 || scheme.equals("http") && port == 80 || scheme.equals("https")
                    && port == 443;
            return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
        } catch (URISyntaxException e) {
            return "";
        }
    }
}
