package dev.platina.identity.rest.internal;

import dev.platina.core.api.InvalidInputException;
import dev.platina.identity.api.AuthenticationService;
import dev.platina.identity.api.Caller;
import dev.platina.identity.api.LoginResult;
import dev.platina.identity.api.OrganizationService;
import dev.platina.identity.api.UserService;
import dev.platina.rest.ClientAddresses;
import dev.platina.rest.PlatinaApi;
import dev.platina.rest.RequestIds;
import javax.annotation.security.PermitAll;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** Sign-in, sign-out, who am I, and changing one's own password. */
@Component(service = AuthResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PlatinaApi.APPLICATION_SELECT)
@Path("v1/auth")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class AuthResource {

    /** Sign-in: the organisation's slug, the username, the password, and the TOTP code when one is required. */
    public record LoginRequest(String organization, String username, String password, String totp) {
        @Override
        public String toString() {
            return "LoginRequest[organization=" + organization + ", username=" + username + "]";
        }
    }

    public record PasswordChange(String currentPassword, String newPassword) {
        @Override
        public String toString() {
            return "PasswordChange[]";
        }
    }

    private final AuthenticationService authentication;
    private final OrganizationService organizations;
    private final UserService users;

    @Activate
    public AuthResource(@Reference AuthenticationService authentication, @Reference OrganizationService organizations,
            @Reference UserService users) {
        this.authentication = authentication;
        this.organizations = organizations;
        this.users = users;
    }

    @POST
    @Path("login")
    @PermitAll
    public Views.LoginView login(LoginRequest login, @Context HttpServletRequest request) {
        if (login == null) {
            throw InvalidInputException.of("body", "send organization, username and password");
        }
        LoginResult result = authentication.login(login.organization(), login.username(), login.password(),
                login.totp(), RequestIds.current(), ClientAddresses.of(request));
        return new Views.LoginView(result.token(), result.expiresAt(), me(result.caller()));
    }

    @POST
    @Path("logout")
    public void logout(@Context SecurityContext security) {
        CallerPrincipal principal = CallerPrincipal.of(security);
        authentication.logout(principal.caller(), principal.token());
    }

    @GET
    @Path("me")
    public Views.Me me(@Context SecurityContext security) {
        return me(CallerPrincipal.callerOf(security));
    }

    @POST
    @Path("password")
    public void changePassword(PasswordChange change, @Context SecurityContext security) {
        if (change == null) {
            throw InvalidInputException.of("body", "send currentPassword and newPassword");
        }
        users.changeOwnPassword(CallerPrincipal.callerOf(security), change.currentPassword(), change.newPassword());
    }

    private Views.Me me(Caller caller) {
        boolean totpEnabled = caller.userId() != null && users.get(caller, caller.userId()).totpEnabled();
        return Views.Me.of(caller, organizations.own(caller), totpEnabled);
    }
}
