package dev.platina.integration.impl.internal;

import dev.platina.core.api.InvalidInputException;
import dev.platina.integration.api.ConnectorDescriptor;
import dev.platina.integration.api.CredentialField;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fields an administrator sent, checked against the connector's descriptor and split into settings and
 * secrets. A secret left out or empty keeps the value stored before.
 */
record ConnectionForm(Map<String, String> settings, Map<String, String> secrets) {

    static final int LONGEST_VALUE = 4000;

    static ConnectionForm read(ConnectorDescriptor connector, Map<String, String> given,
            Map<String, String> storedSecrets) {
        Map<String, String> fields = given == null ? Map.of() : given;
        var errors = new LinkedHashMap<String, String>();
        fields.keySet().stream().filter(name -> connector.field(name).isEmpty()).forEach(name -> errors.put(name,
                "is not a field of " + connector.name() + "; its fields are " + connector.fields().stream()
                        .map(CredentialField::name).toList()));
        var settings = new LinkedHashMap<String, String>();
        var secrets = new LinkedHashMap<String, String>();
        for (CredentialField field : connector.fields()) {
            String value = fields.get(field.name());
            value = value == null ? "" : value.strip();
            if (value.length() > LONGEST_VALUE) {
                errors.put(field.name(), "is longer than " + LONGEST_VALUE + " characters");
                continue;
            }
            if (field.secret()) {
                if (value.isEmpty()) {
                    value = storedSecrets.getOrDefault(field.name(), "");
                }
                if (!value.isEmpty()) {
                    secrets.put(field.name(), value);
                }
            } else if (!value.isEmpty()) {
                settings.put(field.name(), value);
            }
            if (value.isEmpty() && field.required()) {
                errors.put(field.name(), "enter the " + field.label() + (field.help().isEmpty() ? ""
                        : " (" + field.help() + ")"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new ConnectionForm(settings, secrets);
    }

    @Override
    public String toString() {
        return "ConnectionForm[settings=" + settings + ", secrets=" + secrets.keySet() + "]";
    }
}
