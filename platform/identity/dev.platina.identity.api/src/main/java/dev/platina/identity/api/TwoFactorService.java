package dev.platina.identity.api;

import java.util.List;
import java.util.UUID;
import org.osgi.annotation.versioning.ProviderType;

/** TOTP second factor (RFC 6238) with one-time recovery codes. */
@ProviderType
public interface TwoFactorService {

    /** Starts (or restarts) the caller's enrollment; TOTP is required only after {@link #confirm}. */
    TotpEnrollment begin(Caller caller);

    /**
     * Turns TOTP on once the caller proves the app works with a current code.
     *
     * @return ten recovery codes, each usable once instead of a TOTP code; shown only now
     */
    List<String> confirm(Caller caller, String code);

    /** Turns the caller's TOTP off; needs a current code or a recovery code. */
    void disable(Caller caller, String code);

    /** An admin ({@code users:write}) turns off a user's TOTP, e.g. after a lost phone. */
    void reset(Caller caller, UUID userId);
}
