package dev.platina.ui.host.internal.theme;

import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A brand, read from a theme bundle's {@code THEME-INF/theme.properties}: names, colours, e-mail footer, and which
 * organisations and host names it is for. Its files (styles.css, logo.svg, favicon.svg, icon-192.png, icon-512.png)
 * stay in the bundle and are served from {@code /theme/<id>/}.
 */
public record Theme(
        String id,
        String productName,
        String pwaName,
        String pwaShortName,
        String themeColor,
        String backgroundColor,
        String emailFooter,
        Set<String> organizations,
        Set<String> hosts,
        boolean isDefault,
        long version) {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
    private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{3,8}");

    /** Reads the descriptor; throws with a message a theme author can act on when something is wrong. */
    static Theme parse(Properties descriptor, long version) {
        String id = required(descriptor, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("id '" + id + "' must be lower-case letters, digits and '-'");
        }
        String productName = required(descriptor, "product.name");
        return new Theme(id, productName,
                descriptor.getProperty("pwa.name", productName).trim(),
                descriptor.getProperty("pwa.short-name", productName).trim(),
                color(descriptor, "pwa.theme-color", "#1676f3"),
                color(descriptor, "pwa.background-color", "#ffffff"),
                descriptor.getProperty("email.footer", "").trim(),
                list(descriptor, "organizations"),
                list(descriptor, "hosts"),
                Boolean.parseBoolean(descriptor.getProperty("default", "false").trim()),
                version);
    }

    private static String required(Properties descriptor, String key) {
        String value = descriptor.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("'" + key + "' is missing");
        }
        return value.trim();
    }

    private static String color(Properties descriptor, String key, String fallback) {
        String value = descriptor.getProperty(key, fallback).trim();
        if (!COLOR.matcher(value).matches()) {
            throw new IllegalArgumentException("'" + key + "' must be a colour like #0b5394, not '" + value + "'");
        }
        return value;
    }

    private static Set<String> list(Properties descriptor, String key) {
        return Stream.of(descriptor.getProperty(key, "").split(",")).map(s -> s.trim().toLowerCase(Locale.ROOT))
                .filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    /** Where its files are served, with the bundle's version so browsers fetch them again after an update. */
    public String resource(String file) {
        return "/theme/" + id + "/" + file + "?v=" + version;
    }
}
