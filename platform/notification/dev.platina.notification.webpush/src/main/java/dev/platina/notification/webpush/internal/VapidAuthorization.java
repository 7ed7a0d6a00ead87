package dev.platina.notification.webpush.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code Authorization} header of a push request (RFC 8292): a JWT signed with ES256 naming the push service's
 * origin, an expiry, and how to contact the operator, plus the public key to check it with.
 */
final class VapidAuthorization {

    /** RFC 8292 allows at most 24 hours; half of that leaves room for clocks that are off. */
    static final Duration VALIDITY = Duration.ofHours(12);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HEADER = Base64Url.encode("{\"typ\":\"JWT\",\"alg\":\"ES256\"}"
            .getBytes(StandardCharsets.UTF_8));

    private final KeyPair keys;
    private final String subject;
    private final Clock clock;

    VapidAuthorization(KeyPair keys, String subject, Clock clock) {
        this.keys = keys;
        this.subject = subject;
        this.clock = clock;
    }

    String headerFor(URI endpoint) {
        return "vapid t=" + token(origin(endpoint)) + ", k="
                + Base64Url.encode(P256.encode((ECPublicKey) keys.getPublic()));
    }

    String token(String audience) {
        var claims = new LinkedHashMap<String, Object>();
        claims.put("aud", audience);
        claims.put("exp", clock.instant().plus(VALIDITY).getEpochSecond());
        claims.put("sub", subject);
        String signingInput = HEADER + "." + Base64Url.encode(json(claims));
        try {
            // The P1363 form is R || S, 64 bytes, as JWS wants; the JDK's plain ECDSA gives DER instead.
            Signature signature = Signature.getInstance("SHA256withECDSAinP1363Format");
            signature.initSign(keys.getPrivate());
            signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + Base64Url.encode(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not sign the VAPID token", e);
        }
    }

    /** The origin of the push endpoint (scheme, host and a port other than the scheme's default), as RFC 6454. */
    static String origin(URI endpoint) {
        String scheme = endpoint.getScheme().toLowerCase(Locale.ROOT);
        int port = endpoint.getPort();
        boolean defaultPort = port == -1 || scheme.equals("https") && port == 443
                || scheme.equals("http") && port == 80;
        return scheme + "://" + endpoint.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }

    private static byte[] json(Map<String, Object> claims) {
        try {
            return JSON.writeValueAsBytes(claims);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
