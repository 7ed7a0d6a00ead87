package dev.platina.rest.internal;

import org.osgi.framework.BundleContext;

/** The Platina version: set by the distribution, else this bundle's own version. */
final class ProductVersion {

    static final String PROPERTY = "platina.version";

    private ProductVersion() {
    }

    static String of(BundleContext context) {
        String configured = context.getProperty(PROPERTY);
        return configured != null && !configured.isBlank()
                ? configured
                : context.getBundle().getVersion().toString();
    }
}
