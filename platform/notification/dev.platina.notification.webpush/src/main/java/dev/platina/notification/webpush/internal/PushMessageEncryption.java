package dev.platina.notification.webpush.internal;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.interfaces.ECPublicKey;
import java.util.Arrays;
import java.util.function.Supplier;
import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts a push message for one subscription (RFC 8291) as a single {@code aes128gcm} record (RFC 8188): a fresh
 * key pair and salt for every message, so nothing links two messages and the push service learns nothing.
 */
final class PushMessageEncryption {

    static final int RECORD_SIZE = 4096;
    static final int SALT_BYTES = 16;
    static final int AUTH_SECRET_BYTES = 16;
    private static final int TAG_BYTES = 16;
    private static final byte PADDING_DELIMITER_LAST_RECORD = 0x02;
    static final int HEADER_BYTES = SALT_BYTES + 4 + 1 + P256.PUBLIC_KEY_BYTES;
    /** What encryption adds to the plaintext: the header, the padding delimiter and the GCM tag. */
    static final int OVERHEAD_BYTES = HEADER_BYTES + 1 + TAG_BYTES;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Supplier<KeyPair> ephemeralKeys;
    private final Supplier<byte[]> salts;

    PushMessageEncryption() {
        this(P256::newKeyPair, PushMessageEncryption::randomSalt);
    }

    /** With the key pair and salt fixed, for reproducing the RFC's example; never in production. */
    PushMessageEncryption(Supplier<KeyPair> ephemeralKeys, Supplier<byte[]> salts) {
        this.ephemeralKeys = ephemeralKeys;
        this.salts = salts;
    }

    /**
     * @param subscriberKey the subscription's {@code p256dh} key (uncompressed point)
     * @param authSecret the subscription's 16-byte {@code auth} secret
     */
    byte[] encrypt(byte[] plaintext, byte[] subscriberKey, byte[] authSecret) {
        if (plaintext.length + 1 + TAG_BYTES > RECORD_SIZE) {
            throw new IllegalArgumentException("The message does not fit one record of " + RECORD_SIZE + " bytes");
        }
        ECPublicKey subscriber = P256.decodePublicKey(subscriberKey);
        KeyPair ephemeral = ephemeralKeys.get();
        byte[] serverKey = P256.encode((ECPublicKey) ephemeral.getPublic());
        byte[] salt = salts.get();
        try {
            KeyAgreement agreement = KeyAgreement.getInstance("ECDH");
            agreement.init(ephemeral.getPrivate());
            agreement.doPhase(subscriber, true);
            byte[] sharedSecret = agreement.generateSecret();

            byte[] keyInfo = concat("WebPush: info\0".getBytes(StandardCharsets.US_ASCII), subscriberKey, serverKey);
            byte[] inputKey = Hkdf.expand(Hkdf.extract(authSecret, sharedSecret), keyInfo, 32);
            byte[] contentKey = Hkdf.extract(salt, inputKey);
            byte[] cek = Hkdf.expand(contentKey, info("aes128gcm"), 16);
            byte[] nonce = Hkdf.expand(contentKey, info("nonce"), 12);

            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(cek, "AES"), new GCMParameterSpec(TAG_BYTES * 8, nonce));
            byte[] record = Arrays.copyOf(plaintext, plaintext.length + 1);
            record[plaintext.length] = PADDING_DELIMITER_LAST_RECORD;
            byte[] ciphertext = cipher.doFinal(record);

            return concat(header(salt, serverKey), ciphertext);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not encrypt the push message", e);
        }
    }

    private static byte[] header(byte[] salt, byte[] serverKey) {
        return ByteBuffer.allocate(HEADER_BYTES).put(salt).putInt(RECORD_SIZE).put((byte) serverKey.length)
                .put(serverKey).array();
    }

    private static byte[] info(String encoding) {
        return ("Content-Encoding: " + encoding + "\0").getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] concat(byte[]... parts) {
        var out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static byte[] randomSalt() {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return salt;
    }
}
