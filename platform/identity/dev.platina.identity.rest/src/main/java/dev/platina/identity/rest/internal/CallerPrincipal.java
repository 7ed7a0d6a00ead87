package dev.platina.identity.rest.internal;

import dev.platina.core.api.AuthenticationFailedException;
import dev.platina.identity.api.Caller;
import java.security.Principal;
import javax.ws.rs.core.SecurityContext;

/** The authenticated caller as the JAX-RS security context carries it. */
public record CallerPrincipal(Caller caller, String token) implements Principal {

    @Override
    public String getName() {
        return caller.username();
    }

    @Override
    public String toString() {
        return "CallerPrincipal[" + caller.username() + "]";
    }

    /** The caller of a request that passed {@link BearerAuthenticationFilter}. */
    public static CallerPrincipal of(SecurityContext security) {
        if (security != null && security.getUserPrincipal() instanceof CallerPrincipal principal) {
            return principal;
        }
        throw new AuthenticationFailedException(BearerAuthenticationFilter.SIGN_IN_FIRST);
    }

    public static Caller callerOf(SecurityContext security) {
        return of(security).caller();
    }
}
