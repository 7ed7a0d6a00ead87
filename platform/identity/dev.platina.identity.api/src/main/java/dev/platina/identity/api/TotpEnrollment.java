package dev.platina.identity.api;

/**
 * A started TOTP enrollment: the secret (base32, for manual entry) and the {@code otpauth://} URI for a QR code.
 * Shown once to the enrolling user; never logged.
 */
public record TotpEnrollment(String secret, String otpauthUri) {

    @Override
    public String toString() {
        return "TotpEnrollment[secret=***]";
    }
}
