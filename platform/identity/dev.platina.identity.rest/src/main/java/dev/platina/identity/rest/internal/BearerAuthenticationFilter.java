package dev.platina.identity.rest.internal;

import dev.platina.core.api.AuthenticationFailedException;
import dev.platina.identity.api.AuthenticationService;
import dev.platina.identity.api.BuiltInRole;
import dev.platina.identity.api.Caller;
import dev.platina.identity.api.Organization;
import dev.platina.identity.api.OrganizationService;
import dev.platina.identity.api.RequestLimiter;
import dev.platina.rest.PlatinaApi;
import dev.platina.rest.RequestIds;
import java.security.Principal;
import java.util.Optional;
import java.util.UUID;
import javax.annotation.Priority;
import javax.annotation.security.PermitAll;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;

/**
 * Every API resource requires a bearer token unless it is marked {@code @PermitAll}; a skill's resource is
 * protected without doing anything. The token is resolved to a fresh {@link Caller} on each request, and the
 * organisation's request rate limit is applied.
 */
@Component(service = ContainerRequestFilter.class)
@JaxrsExtension
@JaxrsApplicationSelect(PlatinaApi.APPLICATION_SELECT)
@Priority(Priorities.AUTHENTICATION)
public final class BearerAuthenticationFilter implements ContainerRequestFilter {

    static final String SIGN_IN_FIRST = "Sign in first: send the token from POST /api/v1/auth/login as"
            + " 'Authorization: Bearer <token>'.";

    private final AuthenticationService authentication;
    private final RequestLimiter limiter;
    private final OrganizationService organizations;
    private volatile UUID platformId;

    @Context
    private ResourceInfo resourceInfo;

    @Activate
    public BearerAuthenticationFilter(@Reference AuthenticationService authentication,
            @Reference RequestLimiter limiter, @Reference OrganizationService organizations) {
        this.authentication = authentication;
        this.limiter = limiter;
        this.organizations = organizations;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        boolean open = isOpen();
        String token = bearerToken(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        if (token == null) {
            if (open) {
                return;
            }
            throw new AuthenticationFailedException(SIGN_IN_FIRST);
        }
        Optional<Caller> caller = authentication.authenticate(token, RequestIds.current());
        if (caller.isEmpty()) {
            if (open) {
                return;
            }
            throw new AuthenticationFailedException("Your session has ended or the token is not valid. Sign in"
                    + " again.");
        }
        limiter.acquire(caller.get());
        boolean secure = request.getSecurityContext() != null && request.getSecurityContext().isSecure();
        request.setSecurityContext(new CallerSecurityContext(new CallerPrincipal(caller.get(), token), secure,
                isOperator(caller.get())));
    }

    /** An Admin of the platform organisation administers the installation itself. */
    private boolean isOperator(Caller caller) {
        if (!caller.roles().contains(BuiltInRole.ADMIN.displayName())) {
            return false;
        }
        UUID platform = platformId;
        if (platform == null) {
            platform = organizations.findBySlug(Organization.PLATFORM_SLUG).map(Organization::id).orElse(null);
            platformId = platform;
        }
        return caller.organization().value().equals(platform);
    }

    private boolean isOpen() {
        return resourceInfo != null && resourceInfo.getResourceMethod() != null
                && (resourceInfo.getResourceMethod().isAnnotationPresent(PermitAll.class)
                        || resourceInfo.getResourceClass().isAnnotationPresent(PermitAll.class));
    }

    private static String bearerToken(String header) {
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String token = header.substring(7).trim();
        return token.isEmpty() ? null : token;
    }

    private record CallerSecurityContext(CallerPrincipal principal, boolean secure, boolean operator)
            implements SecurityContext {

        @Override
        public Principal getUserPrincipal() {
            return principal;
        }

        @Override
        public boolean isUserInRole(String role) {
            return PlatinaApi.OPERATOR_ROLE.equals(role) ? operator : principal.caller().roles().contains(role);
        }

        @Override
        public boolean isSecure() {
            return secure;
        }

        @Override
        public String getAuthenticationScheme() {
            return "Bearer";
        }
    }
}
