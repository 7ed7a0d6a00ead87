package dev.platina.integration.api;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One value an administrator enters to connect: {@code secret} ones (API keys, signing secrets, client secrets) are
 * sealed at rest, never shown again and never logged; the others (a base URL, an account id) are settings shown on
 * the Connections screen. {@code help} says where to find the value at the vendor.
 */
public record CredentialField(String name, String label, boolean secret, boolean required, String help,
        Optional<String> defaultValue) {

    private static final Pattern NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9_]{0,39}");

    public CredentialField {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("A field name is 1 to 40 letters, digits or '_': " + name);
        }
        label = label == null ? name : label;
        help = help == null ? "" : help;
        defaultValue = defaultValue == null ? Optional.empty() : defaultValue;
    }

    /** A required secret, such as an API key. */
    public static CredentialField secret(String name, String label, String help) {
        return new CredentialField(name, label, true, true, help, Optional.empty());
    }

    /** A setting that may be left out, taking {@code defaultValue} then (e.g. the vendor's API address). */
    public static CredentialField optionalSetting(String name, String label, String help, String defaultValue) {
        return new CredentialField(name, label, false, false, help, Optional.ofNullable(defaultValue));
    }

    /** A required setting that is not secret, such as an account or instance name. */
    public static CredentialField setting(String name, String label, String help) {
        return new CredentialField(name, label, false, true, help, Optional.empty());
    }
}
