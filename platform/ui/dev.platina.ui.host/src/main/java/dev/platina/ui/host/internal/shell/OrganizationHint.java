package dev.platina.ui.host.internal.shell;

import com.vaadin.flow.server.VaadinRequest;
import dev.platina.ui.host.internal.HostHeader;

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
        return fromHostName(request.getHeader("Host"));
    }

    static String fromHostName(String hostHeader) {
        String host = HostHeader.name(hostHeader);
        if (host == null || host.startsWith("[") || host.matches("[0-9.]+") || !host.contains(".")) {
            return "";
        }
        String first = host.substring(0, host.indexOf('.'));
        return first.matches("[a-z0-9][a-z0-9-]{0,62}") && !first.equals("www") ? first : "";
    }
}
