package dev.platina.integration.impl.internal;

import dev.platina.core.api.InternalAddresses;
import dev.platina.integration.api.ConnectorDescriptor;
import dev.platina.integration.api.CredentialField;
import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps the addresses an organisation's administrator enters (API, token and server addresses) away from this
 * machine and private networks, unless the operator allows them: otherwise a tenant could make the server call its
 * own admin ports, the internal network or a cloud's metadata service, and read parts of the answers in the
 * connection check's error. Names are resolved when the connection is saved; a name that does not resolve passes
 * here and fails the connector's check.
 */
final class AddressGuard {

    static final AddressGuard PUBLIC_ONLY = new AddressGuard(false);
    static final AddressGuard ANY = new AddressGuard(true);

    private final boolean allowPrivate;

    private AddressGuard(boolean allowPrivate) {
        this.allowPrivate = allowPrivate;
    }

    static AddressGuard of(boolean allowPrivate) {
        return allowPrivate ? ANY : PUBLIC_ONLY;
    }

    /** The first address field whose entered value is refused, with why; defaults (the vendor's own) are trusted. */
    Optional<Map.Entry<String, String>> refusal(ConnectorDescriptor descriptor, Map<String, String> entered) {
        if (allowPrivate) {
            return Optional.empty();
        }
        for (CredentialField field : descriptor.fields()) {
            String value = entered.get(field.name());
            if (field.address() && value != null && !value.isBlank()) {
                Optional<String> why = refusal(value.strip());
                if (why.isPresent()) {
                    return Optional.of(Map.entry(field.name(), why.get()));
                }
            }
        }
        return Optional.empty();
    }

    Optional<String> refusal(String urlOrHost) {
        if (allowPrivate) {
            return Optional.empty();
        }
        String host = hostOf(urlOrHost);
        if (host.isEmpty()) {
            return Optional.empty();
        }
        return InternalAddresses.firstInternal(host).map(address -> "names a local or private address ("
                + address.getHostAddress() + "): connections may reach only public addresses unless the operator"
                + " allows private ones (allowPrivateAddresses in etc/dev.platina.integration.cfg)");
    }

    /** The host of a URL, or of {@code host}, {@code host:port} or {@code [v6]:port}. */
    static String hostOf(String value) {
        if (value.contains("://")) {
            try {
                String host = URI.create(value).getHost();
                return host == null ? "" : host;
            } catch (IllegalArgumentException e) {
                return "";
            }
        }
        if (value.startsWith("[")) {
            int end = value.indexOf(']');
            return end < 0 ? "" : value.substring(1, end);
        }
        int colon = value.indexOf(':');
        return colon >= 0 && colon == value.lastIndexOf(':') ? value.substring(0, colon) : value;
    }
}
