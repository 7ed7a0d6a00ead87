package dev.platina.core.api;

/**
 * Credentials or a token were not accepted. The message is safe to show and never says which part was wrong
 * (user, password or organisation), so it reveals nothing about who has an account.
 */
public class AuthenticationFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final boolean secondFactorRequired;

    public AuthenticationFailedException(String message) {
        this(message, false);
    }

    public AuthenticationFailedException(String message, boolean secondFactorRequired) {
        super(message);
        this.secondFactorRequired = secondFactorRequired;
    }

    /** True when the password was right but a TOTP code is needed (or was wrong). */
    public boolean secondFactorRequired() {
        return secondFactorRequired;
    }
}
