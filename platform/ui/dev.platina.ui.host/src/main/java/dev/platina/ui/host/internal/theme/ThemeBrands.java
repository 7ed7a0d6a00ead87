package dev.platina.ui.host.internal.theme;

import dev.platina.identity.api.OrganizationService;
import dev.platina.notification.api.BrandDirectory;
import dev.platina.persistence.api.TenantId;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lends the themes to messages sent outside the web app: an organisation's e-mails wear the theme its pages wear
 * after sign-in (its own, else its reseller's, else the default; the host name plays no part, a message has none).
 */
public final class ThemeBrands implements BrandDirectory {

    /** E-mail clients show no SVG, so the PWA's raster icon stands in for the logo. */
    static final String LOGO_FILE = "icon-192.png";
    static final int MAX_LOGO_BYTES = 64 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(ThemeBrands.class);

    private final ThemeRegistry themes;
    private final OrganizationService organizations;

    public ThemeBrands(ThemeRegistry themes, OrganizationService organizations) {
        this.themes = themes;
        this.organizations = organizations;
    }

    @Override
    public Optional<Brand> brandOf(TenantId organization) {
        List<String> chain = OrganizationChain.of(organizations, organization);
        return ThemeChoice.choose(themes.all(), chain, null).map(theme -> brand(theme,
                themes.file(theme.id(), LOGO_FILE)));
    }

    static Brand brand(Theme theme, Optional<URL> logoFile) {
        return new Brand(theme.id(), theme.productName(), theme.themeColor(), theme.emailFooter(),
                logoFile.flatMap(ThemeBrands::read));
    }

    private static Optional<Logo> read(URL file) {
        try (InputStream in = file.openStream()) {
            byte[] content = in.readNBytes(MAX_LOGO_BYTES + 1);
            if (content.length > MAX_LOGO_BYTES) {
                LOG.warn("The logo {} is larger than {} KiB; e-mails go out without it", file, MAX_LOGO_BYTES / 1024);
                return Optional.empty();
            }
            return Optional.of(new Logo("image/png", content));
        } catch (IOException e) {
            LOG.warn("The logo {} cannot be read: {}", file, e.getMessage());
            return Optional.empty();
        }
    }
}
