package dev.platina.core.api;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Encrypts secrets kept at rest (TOTP seeds, connector credentials) with the installation's master key.
 * {@code purpose} is bound to the ciphertext, so a value encrypted for one use does not decrypt for another.
 */
@ProviderType
public interface SecretCipher {

    byte[] encrypt(byte[] plaintext, String purpose);

    /** @throws IllegalStateException when the ciphertext was altered, or made with another key or purpose */
    byte[] decrypt(byte[] ciphertext, String purpose);
}
