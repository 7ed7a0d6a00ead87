package dev.platina.identity.rest.internal;

import dev.platina.core.api.InvalidInputException;
import dev.platina.identity.api.TotpEnrollment;
import dev.platina.identity.api.TwoFactorService;
import dev.platina.rest.PlatinaApi;
import java.util.List;
import javax.ws.rs.Consumes;
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

/**
 * The signed-in user's TOTP: start enrollment (secret and QR URI), confirm it with a code (recovery codes come
 * back once), or turn it off with a code.
 */
@Component(service = SecondFactorResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PlatinaApi.APPLICATION_SELECT)
@Path("v1/auth/totp")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class SecondFactorResource {

    public record EnrollmentView(String secret, String otpauthUri) {
        @Override
        public String toString() {
            return "EnrollmentView[]";
        }
    }

    public record CodeRequest(String code) {
        @Override
        public String toString() {
            return "CodeRequest[]";
        }
    }

    public record RecoveryCodesView(List<String> recoveryCodes) {
        @Override
        public String toString() {
            return "RecoveryCodesView[]";
        }
    }

    private final TwoFactorService twoFactor;

    @Activate
    public SecondFactorResource(@Reference TwoFactorService twoFactor) {
        this.twoFactor = twoFactor;
    }

    @POST
    public EnrollmentView begin(@Context SecurityContext security) {
        TotpEnrollment enrollment = twoFactor.begin(CallerPrincipal.callerOf(security));
        return new EnrollmentView(enrollment.secret(), enrollment.otpauthUri());
    }

    @POST
    @Path("confirmation")
    public RecoveryCodesView confirm(CodeRequest request, @Context SecurityContext security) {
        return new RecoveryCodesView(twoFactor.confirm(CallerPrincipal.callerOf(security), code(request)));
    }

    @POST
    @Path("deactivation")
    public void disable(CodeRequest request, @Context SecurityContext security) {
        twoFactor.disable(CallerPrincipal.callerOf(security), code(request));
    }

    private static String code(CodeRequest request) {
        if (request == null || request.code() == null) {
            throw InvalidInputException.of("code", "send the code from your authenticator app");
        }
        return request.code();
    }
}
