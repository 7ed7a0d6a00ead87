package dev.platina.identity.impl.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TotpTest {

    /** The SHA-1 seed of RFC 6238, appendix B. */
    private static final byte[] RFC_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @Test
    void matchesTheReferenceValuesOfRfc6238() {
        // RFC 6238 lists 8-digit values; the 6-digit code is their last six digits.
        assertThat(Totp.code(RFC_SEED, Totp.step(59))).isEqualTo("287082");
        assertThat(Totp.code(RFC_SEED, Totp.step(1111111109))).isEqualTo("081804");
        assertThat(Totp.code(RFC_SEED, Totp.step(1234567890))).isEqualTo("005924");
        assertThat(Totp.code(RFC_SEED, Totp.step(2000000000))).isEqualTo("279037");
    }

    @Test
    void acceptsOneStepOfDriftAndEachCodeOnlyOnce() {
        long now = 1_700_000_000L;
        String previous = Totp.code(RFC_SEED, Totp.step(now) - 1);

        assertThat(Totp.verify(RFC_SEED, previous, now, 0)).hasValue(Totp.step(now) - 1);
        assertThat(Totp.verify(RFC_SEED, previous, now, Totp.step(now) - 1)).isEmpty();
        assertThat(Totp.verify(RFC_SEED, Totp.code(RFC_SEED, Totp.step(now) - 2), now, 0)).isEmpty();
        assertThat(Totp.verify(RFC_SEED, "12345", now, 0)).isEmpty();
        assertThat(Totp.verify(RFC_SEED, null, now, 0)).isEmpty();
    }

    @Test
    void encodesSecretsAsBase32ForAuthenticatorApps() {
        assertThat(Totp.base32(RFC_SEED)).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assertThat(Totp.uri("Platina (acme)", "alice", RFC_SEED))
                .isEqualTo("otpauth://totp/Platina%20%28acme%29:alice?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
                        + "&issuer=Platina%20%28acme%29&algorithm=SHA1&digits=6&period=30");
    }
}
