package dev.platina.workflow.engine.internal;

import dev.platina.core.api.SecretCipher;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Stands in for the installation's cipher: not secret at all, but bound to its purpose like the real one, so a
 * secret read back under another workflow's purpose fails as it would in production.
 */
final class TestCipher implements SecretCipher {

    @Override
    public byte[] encrypt(byte[] plaintext, String purpose) {
        byte[] tag = tag(purpose);
        byte[] sealed = Arrays.copyOf(tag, tag.length + plaintext.length);
        System.arraycopy(plaintext, 0, sealed, tag.length, plaintext.length);
        return sealed;
    }

    @Override
    public byte[] decrypt(byte[] ciphertext, String purpose) {
        byte[] tag = tag(purpose);
        if (ciphertext.length < tag.length || !Arrays.equals(tag, Arrays.copyOf(ciphertext, tag.length))) {
            throw new IllegalStateException("Sealed for another purpose");
        }
        return Arrays.copyOfRange(ciphertext, tag.length, ciphertext.length);
    }

    private static byte[] tag(String purpose) {
        return (purpose + "|").getBytes(StandardCharsets.UTF_8);
    }
}
