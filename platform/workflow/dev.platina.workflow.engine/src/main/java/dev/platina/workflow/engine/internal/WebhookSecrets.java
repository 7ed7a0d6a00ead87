package dev.platina.workflow.engine.internal;

import dev.platina.core.api.SecretCipher;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Webhook secrets: 32 random bytes shown as 64 hex digits, whose text (its ASCII bytes) is the HMAC key, so
 * {@code openssl dgst -hmac "$SECRET"} signs with it. At rest each is encrypted and bound to its workflow, so a
 * ciphertext copied to another workflow's row does not decrypt.
 */
final class WebhookSecrets {

    private static final int SECRET_BYTES = 32;

    private final SecretCipher cipher;
    private final SecureRandom random = new SecureRandom();

    WebhookSecrets(SecretCipher cipher) {
        this.cipher = cipher;
    }

    /** A new secret in clear text. */
    String generate() {
        byte[] secret = new byte[SECRET_BYTES];
        random.nextBytes(secret);
        return HexFormat.of().formatHex(secret);
    }

    byte[] encrypt(UUID workflowId, String secret) {
        return cipher.encrypt(secret.getBytes(StandardCharsets.US_ASCII), purpose(workflowId));
    }

    /** The HMAC key of the workflow's webhook. */
    byte[] key(UUID workflowId, byte[] encrypted) {
        return cipher.decrypt(encrypted, purpose(workflowId));
    }

    private static String purpose(UUID workflowId) {
        return "workflow-webhook:" + workflowId;
    }
}
