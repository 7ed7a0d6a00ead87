package dev.platina.notification.email.internal;

import dev.platina.notification.api.BrandDirectory;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How e-mails look: the product's name, the accent colour of the header bar and buttons, a closing line (e.g. the
 * reseller's support address; may be empty) and a small logo shown inline beside the organisation's name.
 */
record Brand(String productName, String accentColor, String footer, Optional<BrandDirectory.Logo> logo) {

    // The colour lands in a style attribute, so only a plain hex colour may pass.
    private static final Pattern HEX_COLOR = Pattern.compile("#[0-9A-Fa-f]{6}|#[0-9A-Fa-f]{3}");

    Brand {
        Objects.requireNonNull(productName, "productName");
        Objects.requireNonNull(accentColor, "accentColor");
        if (!isHexColor(accentColor)) {
            throw new IllegalArgumentException("accent colour must look like #4F46E5, not '" + accentColor + "'");
        }
        footer = footer == null ? "" : footer;
        logo = logo == null ? Optional.empty() : logo;
    }

    Brand(String productName, String accentColor) {
        this(productName, accentColor, "", Optional.empty());
    }

    static boolean isHexColor(String color) {
        return color != null && HEX_COLOR.matcher(color).matches();
    }
}
