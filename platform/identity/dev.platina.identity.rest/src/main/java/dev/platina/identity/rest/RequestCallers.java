package dev.platina.identity.rest;

import dev.platina.identity.api.Caller;
import dev.platina.identity.rest.internal.CallerPrincipal;
import java.security.Principal;
import java.util.Objects;
import javax.ws.rs.core.SecurityContext;

/** The caller of an authenticated API request, as the platform's bearer filter resolved it. */
public final class RequestCallers {

    private RequestCallers() {
    }

    /**
     * The caller of the request; answers 401 (problem+json) when the request carried no valid token, which only
     * happens in resources marked {@code @PermitAll}.
     */
    public static Caller of(SecurityContext security) {
        return CallerPrincipal.callerOf(security);
    }

    /**
     * The same request acting as {@code narrowed} instead: used by the platform to hand a skill's resource a caller
     * holding only the permissions its organisation granted the skill. Role checks still see the original roles.
     */
    public static SecurityContext actingAs(SecurityContext security, Caller narrowed) {
        Objects.requireNonNull(narrowed, "narrowed");
        CallerPrincipal original = CallerPrincipal.of(security);
        if (!original.caller().organization().equals(narrowed.organization())
                || !Objects.equals(original.caller().userId(), narrowed.userId())) {
            throw new IllegalArgumentException("A narrowed caller must be the same party as the request's caller");
        }
        CallerPrincipal principal = new CallerPrincipal(narrowed, original.token());
        return new SecurityContext() {
            @Override
            public Principal getUserPrincipal() {
                return principal;
            }

            @Override
            public boolean isUserInRole(String role) {
                return security.isUserInRole(role);
            }

            @Override
            public boolean isSecure() {
                return security.isSecure();
            }

            @Override
            public String getAuthenticationScheme() {
                return security.getAuthenticationScheme();
            }
        };
    }
}
