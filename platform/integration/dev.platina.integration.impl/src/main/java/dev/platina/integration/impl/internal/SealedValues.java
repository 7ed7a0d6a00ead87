package dev.platina.integration.impl.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.platina.core.api.SecretCipher;
import dev.platina.persistence.api.TenantId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Secrets and tokens at rest: a JSON object of texts, sealed with the installation's cipher and bound to the
 * organisation, the connector and what it is, so a value copied to another row or organisation does not open.
 */
final class SealedValues {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SecretCipher cipher;

    SealedValues(SecretCipher cipher) {
        this.cipher = cipher;
    }

    byte[] seal(TenantId organization, String connector, String kind, Map<String, String> values) {
        try {
            return cipher.encrypt(JSON.writeValueAsBytes(values), purpose(organization, connector, kind));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Map<String, String> open(TenantId organization, String connector, String kind, byte[] sealed) {
        if (sealed == null) {
            return Map.of();
        }
        try {
            return JSON.readValue(cipher.decrypt(sealed, purpose(organization, connector, kind)),
                    new TypeReference<Map<String, String>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String purpose(TenantId organization, String connector, String kind) {
        return "integration:" + organization + ":" + connector + ":" + kind;
    }
}
