package dev.platina.ui.host.internal.theme;

import dev.platina.ui.host.internal.HostHeader;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which theme a page wears. The user's organisation decides first: its own theme, else the nearest ancestor's (a
 * reseller's theme brands its tenants). Before sign-in, or when no organisation has one, the host name decides;
 * then the default theme.
 */
public final class ThemeChoice {

    private ThemeChoice() {
    }

    /**
     * @param organizationChain slugs from the user's organisation up to the root; empty before sign-in
     * @param host the Host header, with or without a port; may be null
     */
    public static Optional<Theme> choose(List<Theme> themes, List<String> organizationChain, String host) {
        for (String slug : organizationChain) {
            Optional<Theme> own = themes.stream().filter(t -> t.organizations().contains(slug))
                    .min(Comparator.comparing(Theme::id));
            if (own.isPresent()) {
                return own;
            }
        }
        String hostName = HostHeader.name(host);
        if (hostName != null) {
            Optional<Theme> byHost = themes.stream().filter(t -> t.hosts().contains(hostName))
                    .min(Comparator.comparing(Theme::id));
            if (byHost.isPresent()) {
                return byHost;
            }
        }
        return themes.stream().filter(Theme::isDefault).min(Comparator.comparing(Theme::id));
    }
}
