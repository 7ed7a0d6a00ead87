package dev.platina.ui.host.internal;

import java.util.Locale;

/** The host name of a {@code Host} header, lower-case and without the port; IPv6 literals keep their brackets. */
public final class HostHeader {

    private HostHeader() {
    }

    /** @return null for a missing or blank header */
    public static String name(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String name = header.trim().toLowerCase(Locale.ROOT);
        if (name.startsWith("[")) {
            return name.substring(0, name.indexOf(']') + 1);
        }
        int colon = name.indexOf(':');
        return colon < 0 ? name : name.substring(0, colon);
    }
}
