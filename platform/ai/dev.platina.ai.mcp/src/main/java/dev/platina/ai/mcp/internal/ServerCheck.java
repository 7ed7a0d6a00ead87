package dev.platina.ai.mcp.internal;

import dev.platina.core.api.InternalAddresses;
import dev.platina.core.api.InvalidInputException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** What a new server must look like, every problem named at its field. */
final class ServerCheck {

    /** Lower-case, no underscores: tool names are {@code <server>__<tool>}, so the split is never ambiguous. */
    static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,39}");
    private static final Pattern HEADER_NAME = Pattern.compile("[A-Za-z0-9!#$%&'*+.^_`|~-]{1,100}");
    /** Headers the transport sets itself, or the HTTP client refuses. */
    private static final Set<String> RESERVED = Set.of("host", "content-length", "content-type", "accept",
            "connection", "expect", "upgrade", "transfer-encoding", "mcp-session-id", "mcp-protocol-version");
    private static final int MOST_HEADERS = 10;

    private ServerCheck() {
    }

    static void check(NewMcpServer server, boolean allowPrivateAddresses) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (server.name() == null || !NAME.matcher(server.name()).matches()) {
            problems.put("name", "use 1 to 40 lower-case letters, digits or '-', starting with a letter, e.g."
                    + " 'github'");
        }
        url(server.url()).or(() -> allowPrivateAddresses ? java.util.Optional.empty() : internal(server.url()))
                .ifPresent(problem -> problems.put("url", problem));
        if (server.headers().size() > MOST_HEADERS) {
            problems.put("headers", "at most " + MOST_HEADERS + " headers");
        }
        server.headers().forEach((name, value) -> {
            String place = "headers." + name;
            if (!HEADER_NAME.matcher(name).matches()) {
                problems.put(place, "is not a header name");
            } else if (RESERVED.contains(name.toLowerCase(Locale.ROOT))) {
                problems.put(place, "is set by the MCP transport itself; leave it out");
            } else if (value == null || value.isEmpty() || value.length() > 8192 || value.indexOf('\r') >= 0
                    || value.indexOf('\n') >= 0) {
                problems.put(place, "needs a value of at most 8192 characters on one line");
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /**
     * The server's host must not be this machine or a private network: the platform, not the administrator, would
     * be the one calling it. Resolved now; a name that does not resolve fails the first tools/list instead.
     */
    private static java.util.Optional<String> internal(String url) {
        return InternalAddresses.firstInternal(URI.create(url.strip()).getHost()).map(address -> "names a local"
                + " or private address (" + address.getHostAddress() + "): MCP servers may be only on public"
                + " addresses unless the operator allows private ones (allowPrivateAddresses in"
                + " etc/dev.platina.ai.mcp.cfg)");
    }

    private static java.util.Optional<String> url(String url) {
        if (url == null || url.isBlank()) {
            return java.util.Optional.of("give the server's MCP endpoint, e.g. https://mcp.example.com/mcp");
        }
        if (url.length() > 2000) {
            return java.util.Optional.of("at most 2000 characters");
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                return java.util.Optional.of("must be an http or https address, e.g. https://mcp.example.com/mcp");
            }
            if (uri.getRawUserInfo() != null) {
                return java.util.Optional.of("must not carry credentials; put them in headers (e.g. Authorization),"
                        + " which are stored sealed");
            }
            if (uri.getRawFragment() != null) {
                return java.util.Optional.of("must not have a #fragment");
            }
            return java.util.Optional.empty();
        } catch (URISyntaxException e) {
            return java.util.Optional.of("'" + url + "' is not a web address");
        }
    }
}
