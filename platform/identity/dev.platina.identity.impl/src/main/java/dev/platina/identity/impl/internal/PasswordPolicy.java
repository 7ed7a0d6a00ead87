package dev.platina.identity.impl.internal;

import dev.platina.core.api.InvalidInputException;
import java.util.Locale;
import java.util.Set;

/**
 * Length over composition rules, as NIST SP 800-63B advises: at least 12 characters, at most 256, not the
 * username, not one of the passwords attackers try first.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 256;

    private static final Set<String> COMMON = Set.of("123456789012", "password1234", "passwordpassword",
            "qwertyuiopas", "111111111111", "000000000000", "123123123123", "abcdefghijkl", "iloveyou1234",
            "administrator", "letmein12345", "welcome12345", "changeme1234", "platina12345", "qwerty123456",
            "1q2w3e4r5t6y", "password123!", "adminadmin12", "passw0rd1234", "trustno1trustno1");

    private PasswordPolicy() {
    }

    static void check(String field, String password, String username) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw InvalidInputException.of(field, "use at least " + MIN_LENGTH + " characters; a passphrase of a few"
                    + " words is easy to remember");
        }
        if (password.length() > MAX_LENGTH) {
            throw InvalidInputException.of(field, "use at most " + MAX_LENGTH + " characters");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && lower.contains(username.toLowerCase(Locale.ROOT))) {
            throw InvalidInputException.of(field, "must not contain the username");
        }
        if (COMMON.contains(lower) || lower.chars().distinct().count() < 4) {
            throw InvalidInputException.of(field, "is too easy to guess; choose something less common");
        }
    }
}
