package dev.platina.itests;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** An authenticator app in a few lines (RFC 6238, SHA-1, 30 s, 6 digits), written apart from the server's. */
final class TotpCodes {

    private TotpCodes() {
    }

    static String now(byte[] secret, int stepsAhead) throws Exception {
        long step = System.currentTimeMillis() / 1000 / 30 + stepsAhead;
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(secret, "HmacSHA1"));
        byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
        int offset = hash[19] & 0xf;
        int value = ByteBuffer.wrap(hash, offset, 4).getInt() & 0x7fffffff;
        return String.format("%06d", value % 1_000_000);
    }

    static byte[] decodeBase32(String text) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var out = new ByteArrayOutputStream();
        int buffer = 0;
        int bits = 0;
        for (char c : text.toCharArray()) {
            buffer = (buffer << 5) | alphabet.indexOf(c);
            bits += 5;
            if (bits >= 8) {
                out.write((buffer >> (bits - 8)) & 0xff);
                bits -= 8;
            }
        }
        return out.toByteArray();
    }
}
