package dev.platina.notification.webpush.internal;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The browser's side of a subscription, written from RFC 8291 and RFC 8188 independently of the production code:
 * it makes the key pair and auth secret as a user agent does and decrypts what the server sent.
 */
public final class BrowserSubscription {

    final KeyPair keys;
    final byte[] publicKey;
    final byte[] auth = new byte[16];

    public BrowserSubscription() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        keys = generator.generateKeyPair();
        publicKey = uncompressed((ECPublicKey) keys.getPublic());
        new SecureRandom().nextBytes(auth);
    }

    public String p256dh() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(publicKey);
    }

    public String authSecret() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(auth);
    }

    /** Opens an aes128gcm body of one record whose keyid is the sender's public key; returns the plaintext. */
    public byte[] decrypt(byte[] body) throws Exception {
        ByteBuffer in = ByteBuffer.wrap(body);
        byte[] salt = new byte[16];
        in.get(salt);
        int recordSize = in.getInt();
        int idLength = in.get() & 0xff;
        byte[] senderKey = new byte[idLength];
        in.get(senderKey);
        byte[] record = new byte[in.remaining()];
        in.get(record);
        if (record.length > recordSize) {
            throw new IllegalStateException("more than one record");
        }

        KeyAgreement agreement = KeyAgreement.getInstance("ECDH");
        agreement.init(keys.getPrivate());
        agreement.doPhase(point(senderKey), true);
        byte[] ecdh = agreement.generateSecret();

        byte[] keyInfo = ByteBuffer.allocate(14 + 65 + 65).put("WebPush: info".getBytes(StandardCharsets.US_ASCII))
                .put((byte) 0).put(publicKey).put(senderKey).array();
        byte[] ikm = Arrays.copyOf(hmac(hmac(auth, ecdh), append(keyInfo, 1)), 32);
        byte[] prk = hmac(salt, ikm);
        byte[] cek = Arrays.copyOf(hmac(prk, append("Content-Encoding: aes128gcm\0".getBytes(), 1)), 16);
        byte[] nonce = Arrays.copyOf(hmac(prk, append("Content-Encoding: nonce\0".getBytes(), 1)), 12);

        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(cek, "AES"), new GCMParameterSpec(128, nonce));
        byte[] padded = cipher.doFinal(record);
        int end = padded.length - 1;
        while (end >= 0 && padded[end] == 0) {
            end--;
        }
        if (end < 0 || padded[end] != 2) {
            throw new IllegalStateException("the last record must end with delimiter 2");
        }
        return Arrays.copyOf(padded, end);
    }

    static byte[] uncompressed(ECPublicKey key) {
        byte[] out = new byte[65];
        out[0] = 4;
        copy32(key.getW().getAffineX(), out, 1);
        copy32(key.getW().getAffineY(), out, 33);
        return out;
    }

    static ECPublicKey point(byte[] uncompressed) throws Exception {
        var params = ((ECPublicKey) KeyPairGenerator.getInstance("EC").generateKeyPair().getPublic()).getParams();
        var w = new ECPoint(new BigInteger(1, Arrays.copyOfRange(uncompressed, 1, 33)),
                new BigInteger(1, Arrays.copyOfRange(uncompressed, 33, 65)));
        return (ECPublicKey) KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(w, params));
    }

    private static void copy32(BigInteger value, byte[] out, int offset) {
        byte[] raw = value.toByteArray();
        int length = Math.min(raw.length, 32);
        System.arraycopy(raw, raw.length - length, out, offset + 32 - length, length);
    }

    private static byte[] append(byte[] bytes, int last) {
        byte[] out = Arrays.copyOf(bytes, bytes.length + 1);
        out[bytes.length] = (byte) last;
        return out;
    }

    private static byte[] hmac(byte[] key, byte[] data) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(data);
    }
}
