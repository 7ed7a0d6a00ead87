package dev.platina.marketplace.publisher;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The PEM text form of keys (RFC 7468): base64 of the DER bytes between BEGIN and END lines, 64 characters a line. */
final class Pem {

    static final String PRIVATE_KEY = "PRIVATE KEY";
    static final String PUBLIC_KEY = "PUBLIC KEY";

    private Pem() {
    }

    static String encode(String label, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----\n";
    }

    /** The DER bytes of the block labelled {@code label}; {@code source} names the text in the error message. */
    static byte[] decode(String label, String pem, String source) {
        String begin = "-----BEGIN " + label + "-----";
        String end = "-----END " + label + "-----";
        int start = pem.indexOf(begin);
        int stop = pem.indexOf(end);
        if (start < 0 || stop < start) {
            throw new PublishingException(source + " is not a PEM file with a '" + begin + "' block");
        }
        String body = pem.substring(start + begin.length(), stop).replaceAll("\\s", "");
        try {
            return Base64.getDecoder().decode(body);
        } catch (IllegalArgumentException e) {
            throw new PublishingException(source + ": the " + label + " block is not valid base64", e);
        }
    }
}
