package dev.platina.notification.email.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Makes the app's paths absolute on its public origin. Links leading anywhere else are dropped: an e-mail in the
 * organisation's colours must not send people to another site, whatever a skill put into a notification.
 */
final class AppLinks {

    private final URI origin;

    AppLinks(String publicOrigin) {
        URI parsed;
        try {
            parsed = new URI(publicOrigin.trim());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("publicOrigin is not a web address: '" + publicOrigin + "'");
        }
        String scheme = parsed.getScheme() == null ? "" : parsed.getScheme().toLowerCase(Locale.ROOT);
        boolean bare = parsed.getRawPath() == null || parsed.getRawPath().isEmpty() || parsed.getRawPath().equals("/");
        if (!(scheme.equals("http") || scheme.equals("https")) || parsed.getHost() == null || !bare
                || parsed.getRawQuery() != null || parsed.getRawFragment() != null) {
            throw new IllegalArgumentException(
                    "publicOrigin must look like https://platina.example.com, not '" + publicOrigin + "'");
        }
        this.origin = URI.create(scheme + "://" + parsed.getRawAuthority() + "/");
    }

    /** The app's start page. */
    String home() {
        return origin.toString();
    }

    /** The link as an absolute address on the public origin, or empty when it leads elsewhere or is malformed. */
    Optional<String> absolute(String link) {
        if (link == null || link.isBlank()) {
            return Optional.empty();
        }
        try {
            URI resolved = origin.resolve(new URI(link.trim()));
            boolean sameOrigin = origin.getScheme().equalsIgnoreCase(resolved.getScheme())
                    && origin.getRawAuthority().equalsIgnoreCase(String.valueOf(resolved.getRawAuthority()));
            return sameOrigin ? Optional.of(resolved.toString()) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
