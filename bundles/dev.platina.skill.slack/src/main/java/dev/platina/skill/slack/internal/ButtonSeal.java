package dev.platina.skill.slack.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals what an Approve or Reject button needs (the person's one-tap decision token among it) into the button's
 * value with AES-GCM, keyed from the connection's signing secret. Slack returns the value only to this connection's
 * hook, but anyone who can read the channel through Slack's API could read a plain value; sealed, it is of no use
 * to them, and a value changed on the way does not open.
 */
final class ButtonSeal {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final byte[] PURPOSE = "platina slack approval buttons v1".getBytes(StandardCharsets.UTF_8);
    private static final int IV_BYTES = 12;

    private ButtonSeal() {
    }

    static String seal(String signingSecret, Map<String, String> claims) {
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key(signingSecret), new GCMParameterSpec(128, iv));
            byte[] sealed = cipher.doFinal(SlackApi.write(claims).getBytes(StandardCharsets.UTF_8));
            byte[] all = new byte[iv.length + sealed.length];
            System.arraycopy(iv, 0, all, 0, iv.length);
            System.arraycopy(sealed, 0, all, iv.length, sealed.length);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(all);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** The claims, when {@code sealed} was sealed with this secret and not changed since. */
    static Optional<Map<String, String>> open(String signingSecret, String sealed) {
        try {
            byte[] all = Base64.getUrlDecoder().decode(sealed);
            if (all.length <= IV_BYTES) {
                return Optional.empty();
            }
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key(signingSecret), new GCMParameterSpec(128, all, 0, IV_BYTES));
            byte[] plain = cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES);
            return Optional.of(SlackApi.JSON.readValue(plain, new TypeReference<Map<String, String>>() { }));
        } catch (GeneralSecurityException | IllegalArgumentException | IOException e) {
            return Optional.empty();
        }
    }

    private static SecretKeySpec key(String signingSecret) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(signingSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return new SecretKeySpec(mac.doFinal(PURPOSE), "AES");
    }
}
