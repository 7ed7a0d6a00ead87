package dev.platina.skill.twilio.internal;

import dev.platina.integration.api.WebhookRefusedException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Twilio's request signature: {@code X-Twilio-Signature} is the Base64 HMAC-SHA1, keyed with the account's Auth
 * Token, of the full URL Twilio requested followed by every POST parameter sorted by name, each name immediately
 * followed by its value. Twilio carries no timestamp, so a replayed delivery verifies again; the kit drops it as a
 * repeat of the same message SID.
 */
final class TwilioSignature {

    private TwilioSignature() {
    }

    static void verify(String signature, String url, FormParameters parameters, String authToken)
            throws WebhookRefusedException {
        if (signature == null || signature.isBlank()) {
            throw new WebhookRefusedException("No X-Twilio-Signature header.");
        }
        byte[] given = signature.strip().getBytes(StandardCharsets.US_ASCII);
        boolean matches = false;
        // Twilio may have signed the address with or without the scheme's default port; either is genuine.
        for (String variant : portVariants(url)) {
            byte[] expected = sign(authToken, variant, parameters).getBytes(StandardCharsets.US_ASCII);
            matches |= MessageDigest.isEqual(expected, given);
        }
        if (!matches) {
            throw new WebhookRefusedException("The X-Twilio-Signature does not match the connection's Auth Token,"
                    + " webhook address and parameters.");
        }
    }

    static String sign(String authToken, String url, FormParameters parameters) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(authToken.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            mac.update(url.getBytes(StandardCharsets.UTF_8));
            for (FormParameters.Parameter parameter : parameters.sorted()) {
                mac.update(parameter.name().getBytes(StandardCharsets.UTF_8));
                mac.update(parameter.value().getBytes(StandardCharsets.UTF_8));
            }
            return Base64.getEncoder().encodeToString(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA1 is not available", e);
        }
    }

    /** The address as given, and with the default port (443, 80) added or removed. */
    static Set<String> portVariants(String url) {
        var variants = new LinkedHashSet<String>();
        variants.add(url);
        try {
            URI uri = new URI(url);
            String authority = uri.getRawAuthority();
            if (uri.getHost() == null || authority == null) {
                return variants;
            }
            int defaultPort = "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
            String other;
            if (uri.getPort() == -1) {
                other = authority + ":" + defaultPort;
            } else if (uri.getPort() == defaultPort) {
                other = authority.substring(0, authority.lastIndexOf(':'));
            } else {
                return variants;
            }
            int at = url.indexOf(authority);
            variants.add(url.substring(0, at) + other + url.substring(at + authority.length()));
        } catch (URISyntaxException e) {
            // An address that does not parse is checked as given only.
        }
        return variants;
    }
}
