package dev.platina.ui.host.internal.shell;

import com.vaadin.flow.server.VaadinRequest;
import java.util.Locale;

/**
 * Guesses the organisation from the host name a tenant uses, {@code acme.platina.example} -> {@code acme}, so
 * users on their company's address do not have to type it. Plain addresses (localhost, IPs) give no guess.
 */
final class OrganizationHint {

    private OrganizationHint() {
    }

    static String fromHost(VaadinRequest request) {
        if (request == null) {
            return "";
        }
        String host = request.getHeader("Host");
        if (host == null) {
            return "";
        }
        return fromHostName(host);
    }

    static String fromHostName(String hostHeader) {
        String host = hostHeader.toLowerCase(Locale.ROOT);
        int colon = host.lastIndexOf(':');
        if (colon > 0 && host.indexOf(']') < colon) {
            host = host.substring(0, colon);
        }
        if (host.startsWith("[") || host.matches("[0-9.]+") || !host.contains(".")) {
            return "";
        }
        String first = host.substring(0, host.indexOf('.'));
        return first.matches("[a-z0-9][a-z0-9-]{0,62}") && !first.equals("www") ? first : "";
    }
}
