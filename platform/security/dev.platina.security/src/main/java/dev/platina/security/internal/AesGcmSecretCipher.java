package dev.platina.security.internal;

import dev.platina.core.api.SecretCipher;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * AES-256-GCM with a random 96-bit nonce per value and the purpose as associated data. Format: version byte (1),
 * nonce, ciphertext with its 128-bit tag.
 */
@Component(service = SecretCipher.class)
public final class AesGcmSecretCipher implements SecretCipher {

    private static final byte VERSION = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    @Activate
    public AesGcmSecretCipher() throws IOException {
        this(MasterKey.load(System.getenv(), Path.of(System.getProperty("karaf.data", "data"))));
    }

    /** With the key of the given data directory (or PLATINA_MASTER_KEY), for embedding and tests. */
    public AesGcmSecretCipher(Path dataDirectory) throws IOException {
        this(MasterKey.load(System.getenv(), dataDirectory));
    }

    AesGcmSecretCipher(SecretKey key) {
        this.key = key;
    }

    @Override
    public byte[] encrypt(byte[] plaintext, String purpose) {
        var nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plaintext);
            return ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length).put(VERSION).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Encryption failed", e);
        }
    }

    @Override
    public byte[] decrypt(byte[] ciphertext, String purpose) {
        if (ciphertext == null || ciphertext.length < 1 + NONCE_BYTES + TAG_BITS / 8 || ciphertext[0] != VERSION) {
            throw new IllegalStateException("Not a secret this installation encrypted");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, ciphertext, 1, NONCE_BYTES));
            cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(ciphertext, 1 + NONCE_BYTES, ciphertext.length - 1 - NONCE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The secret cannot be decrypted: it was altered, or encrypted with"
                    + " another master key or for another purpose");
        }
    }
}
