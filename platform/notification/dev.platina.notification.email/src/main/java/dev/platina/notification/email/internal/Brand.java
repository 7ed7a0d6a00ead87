package dev.platina.notification.email.internal;

import java.util.Objects;
import java.util.regex.Pattern;

/** How e-mails look: the product's name and the accent colour of the header bar and buttons. */
record Brand(String productName, String accentColor) {

    // The colour lands in a style attribute, so only a plain hex colour may pass.
    private static final Pattern HEX_COLOR = Pattern.compile("#[0-9A-Fa-f]{6}|#[0-9A-Fa-f]{3}");

    Brand {
        Objects.requireNonNull(productName, "productName");
        Objects.requireNonNull(accentColor, "accentColor");
        if (!HEX_COLOR.matcher(accentColor).matches()) {
            throw new IllegalArgumentException("accent colour must look like #4F46E5, not '" + accentColor + "'");
        }
    }
}
