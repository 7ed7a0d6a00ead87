package dev.platina.integration.api;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One value an administrator enters to connect: {@code secret} ones (API keys, signing secrets, client secrets) are
 * sealed at rest, never shown again and never logged; the others (a base URL, an account id) are settings shown on
 * the Connections screen. {@code help} says where to find the value at the vendor. An {@code address} is a URL or
 * host name the platform will connect to (an API, token or server address); unless the operator allows it, the
 * kit refuses values that name this machine or a private network, so an organisation's administrator cannot make
 * the server reach what only the server can reach.
 */
public record CredentialField(String name, String label, boolean secret, boolean required, String help,
        Optional<String> defaultValue, boolean address) {

    private static final Pattern NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9_]{0,39}");

    public CredentialField {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("A field name is 1 to 40 letters, digits or '_': " + name);
        }
        label = label == null ? name : label;
        help = help == null ? "" : help;
        defaultValue = defaultValue == null ? Optional.empty() : defaultValue;
        if (secret && address) {
            throw new IllegalArgumentException("A secret cannot be an address: " + name);
        }
    }

    /** A field that is not an address the platform connects to. */
    public CredentialField(String name, String label, boolean secret, boolean required, String help,
            Optional<String> defaultValue) {
        this(name, label, secret, required, help, defaultValue, false);
    }

    /** A required secret, such as an API key. */
    public static CredentialField secret(String name, String label, String help) {
        return new CredentialField(name, label, true, true, help, Optional.empty());
    }

    /** A setting that may be left out, taking {@code defaultValue} then (e.g. the vendor's API address). */
    public static CredentialField optionalSetting(String name, String label, String help, String defaultValue) {
        return new CredentialField(name, label, false, false, help, Optional.ofNullable(defaultValue));
    }

    /** A required address the platform connects to, such as a CalDAV calendar's URL or a mail server's host. */
    public static CredentialField address(String name, String label, String help) {
        return new CredentialField(name, label, false, true, help, Optional.empty(), true);
    }

    /**
     * An address the platform connects to that may be left out, taking {@code defaultValue} then (the vendor's own
     * API address); without a default the connector finds the address another way.
     */
    public static CredentialField optionalAddress(String name, String label, String help, String defaultValue) {
        return new CredentialField(name, label, false, false, help, Optional.ofNullable(defaultValue), true);
    }

    /** A required setting that is not secret, such as an account or instance name. */
    public static CredentialField setting(String name, String label, String help) {
        return new CredentialField(name, label, false, true, help, Optional.empty());
    }
}
