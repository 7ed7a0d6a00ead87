package dev.platina.notification.api;

import dev.platina.persistence.api.TenantId;
import java.util.Objects;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The brand an organisation's people see, for messages sent outside the web app (e-mail): the product name, colour,
 * e-mail footer and logo of the theme that brands the organisation (its own, else its reseller's, else the default
 * theme). The web UI, which owns themes, registers it; without it channels use their configured brand.
 */
@ProviderType
public interface BrandDirectory {

    /** The organisation's brand; empty when no theme brands it (e.g. none is installed). */
    Optional<Brand> brandOf(TenantId organization);

    /**
     * @param color the theme colour as the theme declares it, e.g. {@code #0b5394}
     * @param emailFooter a line to close messages with, e.g. the reseller's support address; may be empty
     * @param logo a small raster logo (e-mail clients show no SVG), if the theme has one
     */
    record Brand(String themeId, String productName, String color, String emailFooter, Optional<Logo> logo) {

        public Brand {
            Objects.requireNonNull(themeId, "themeId");
            Objects.requireNonNull(productName, "productName");
            Objects.requireNonNull(color, "color");
            emailFooter = emailFooter == null ? "" : emailFooter;
            logo = logo == null ? Optional.empty() : logo;
        }
    }

    /** An image file of the theme, e.g. {@code image/png}. */
    record Logo(String mediaType, byte[] content) {

        public Logo {
            Objects.requireNonNull(mediaType, "mediaType");
            content = content.clone();
        }

        @Override
        public byte[] content() {
            return content.clone();
        }
    }
}
