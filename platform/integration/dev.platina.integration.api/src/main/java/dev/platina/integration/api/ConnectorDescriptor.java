package dev.platina.integration.api;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a connector is: its id ({@code stripe}, {@code hubspot}: lower case, used in URLs and event ids), the vendor's
 * name as people know it, a plain description, the fields an administrator fills in to connect, and, for vendors
 * that authorise with OAuth 2.0, the client description.
 */
public record ConnectorDescriptor(String id, String name, String description, List<CredentialField> fields,
        Optional<OAuth2Client> oauth2) {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{0,39}");

    public ConnectorDescriptor {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("A connector id is 1 to 40 lower-case letters, digits or '-': " + id);
        }
        Objects.requireNonNull(name, "name");
        description = description == null ? "" : description;
        fields = fields == null ? List.of() : List.copyOf(fields);
        oauth2 = oauth2 == null ? Optional.empty() : oauth2;
        if (oauth2.isPresent()) {
            List<CredentialField> given = fields;
            for (String field : List.of(oauth2.get().clientIdField(), oauth2.get().clientSecretField())) {
                if (given.stream().noneMatch(f -> f.name().equals(field))) {
                    throw new IllegalArgumentException("The OAuth 2.0 client field '" + field + "' is not among "
                            + "the connector's fields");
                }
            }
        }
    }

    /** A connector authorised by the fields alone (API keys). */
    public static ConnectorDescriptor withFields(String id, String name, String description,
            List<CredentialField> fields) {
        return new ConnectorDescriptor(id, name, description, fields, Optional.empty());
    }

    public Optional<CredentialField> field(String fieldName) {
        return fields.stream().filter(f -> f.name().equals(fieldName)).findFirst();
    }
}
