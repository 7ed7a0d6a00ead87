package dev.platina.notification.webpush.internal;

import dev.platina.core.api.InternalAddresses;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Which push endpoints this server may POST to. Endpoints come from users, so without a rule a user could make the
 * server call its own network; real push services are public https servers.
 */
final class EndpointPolicy {

    private final boolean allowInsecure;

    EndpointPolicy(boolean allowInsecure) {
        this.allowInsecure = allowInsecure;
    }

    /** Why the endpoint is refused, or empty when it may be used. */
    Optional<String> refusal(String endpoint) {
        URI uri;
        try {
            uri = new URI(endpoint);
        } catch (URISyntaxException e) {
            return Optional.of("must be an absolute URL");
        }
        if (!uri.isAbsolute() || uri.getHost() == null || uri.getRawUserInfo() != null) {
            return Optional.of("must be an absolute URL with a host and no user name");
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (allowInsecure) {
            return scheme.equals("https") || scheme.equals("http") ? Optional.empty()
                    : Optional.of("must be an http or https URL");
        }
        if (!scheme.equals("https")) {
            return Optional.of("must be an https URL");
        }
        if (namesLocalAddress(uri.getHost())) {
            return Optional.of("must name a public push service, not a local address");
        }
        return Optional.empty();
    }

    /** Catches literal addresses and {@code localhost}; a name is not resolved here (see the README). */
    private static boolean namesLocalAddress(String host) {
        String name = host.toLowerCase(Locale.ROOT);
        if (name.equals("localhost") || name.endsWith(".localhost")) {
            return true;
        }
        boolean literal = name.startsWith("[") || name.chars().allMatch(c -> Character.isDigit(c) || c == '.');
        if (!literal) {
            return false;
        }
        try {
            InetAddress address = InetAddress.getByName(name.startsWith("[") ? name.substring(1, name.length() - 1)
                    : name);
            return InternalAddresses.isInternal(address);
        } catch (UnknownHostException e) {
            return true;
        }
    }
}
