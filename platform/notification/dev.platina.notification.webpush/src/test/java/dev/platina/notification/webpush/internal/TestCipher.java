package dev.platina.notification.webpush.internal;

import dev.platina.core.api.SecretCipher;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/** The installation's cipher as tests need it: AES-GCM with a random key, the purpose bound as associated data. */
final class TestCipher implements SecretCipher {

    private static final SecureRandom RANDOM = new SecureRandom();
    private final SecretKey key;

    TestCipher() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256);
            key = generator.generateKey();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public byte[] encrypt(byte[] plaintext, String purpose) {
        byte[] nonce = new byte[12];
        RANDOM.nextBytes(nonce);
        byte[] sealed = run(Cipher.ENCRYPT_MODE, nonce, plaintext, purpose);
        byte[] out = Arrays.copyOf(nonce, nonce.length + sealed.length);
        System.arraycopy(sealed, 0, out, nonce.length, sealed.length);
        return out;
    }

    @Override
    public byte[] decrypt(byte[] ciphertext, String purpose) {
        return run(Cipher.DECRYPT_MODE, Arrays.copyOf(ciphertext, 12), Arrays.copyOfRange(ciphertext, 12,
                ciphertext.length), purpose);
    }

    private byte[] run(int mode, byte[] nonce, byte[] input, String purpose) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(128, nonce));
            cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Sealed with another key or purpose", e);
        }
    }
}
