package dev.platina.identity.api;

import dev.platina.persistence.api.TenantId;
import java.util.Optional;
import java.util.UUID;
import org.osgi.annotation.versioning.ProviderType;

/** Sign-in, sign-out, and resolving a bearer token to a {@link Caller} on every request. */
@ProviderType
public interface AuthenticationService {

    /**
     * @param totp the current TOTP code or a recovery code; required when the user or organisation has TOTP on
     * @throws dev.platina.core.api.AuthenticationFailedException on any wrong or refused credential
     * @param clientAddress the caller's network address, for throttling and the audit trail; may be null
     * @throws dev.platina.core.api.LimitExceededException while the account is locked after repeated failures, or
     *     the address made too many failed attempts
     */
    LoginResult login(String organizationSlug, String username, String password, String totp, String requestId,
            String clientAddress);

    /** As {@link #login(String, String, String, String, String, String)} for callers without a network address. */
    default LoginResult login(String organizationSlug, String username, String password, String totp,
            String requestId) {
        return login(organizationSlug, username, password, totp, requestId, null);
    }

    /** The caller for a session or API token, with its current roles; empty when the token is not valid now. */
    Optional<Caller> authenticate(String bearerToken, String requestId);

    /**
     * The caller a user's background work acts as, e.g. the runs of a workflow the user owns: the user's roles and
     * permissions as they are now. Empty when the user was disabled or removed, or the organisation is not active,
     * so such work stops instead of acting for someone who may no longer act.
     */
    Optional<Caller> actingUser(TenantId organization, UUID userId, String purpose);

    /** Ends the session of this token. */
    void logout(Caller caller, String bearerToken);
}
