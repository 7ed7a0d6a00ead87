package dev.platina.skill.iban.internal;

import dev.platina.core.api.InvalidInputException;
import dev.platina.rest.PlatinaApi;
import java.util.List;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code GET /api/v1/skills/iban/validation?iban=...}: whether an IBAN is well-formed, and if not, why. */
@Component(service = IbanResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PlatinaApi.APPLICATION_SELECT)
@Path("v1/skills/iban/validation")
@Produces(MediaType.APPLICATION_JSON)
public final class IbanResource {

    /** Room for the longest IBAN (34 characters) with generous spacing; anything longer is not an IBAN. */
    static final int MAX_INPUT = 64;

    public record Validation(boolean valid, String iban, String formatted, String country, String checkDigits,
            String bban, List<String> problems, String skillVersion) {
    }

    // Reported with every answer so an admin can tell which build of the skill answered after an upgrade.
    private final String skillVersion = versionOf(IbanResource.class);

    @GET
    public Validation validate(@QueryParam("iban") String iban) {
        if (iban == null || IbanCheck.electronicForm(iban).isEmpty()) {
            throw InvalidInputException.of("iban", "is missing: send the IBAN to check, e.g."
                    + " ?iban=DE89370400440532013000");
        }
        if (iban.length() > MAX_INPUT) {
            throw InvalidInputException.of("iban", "is " + iban.length() + " characters long; an IBAN has at most"
                    + " 34, and with spaces at most " + MAX_INPUT + " are accepted");
        }
        IbanCheck.Result result = IbanCheck.check(iban);
        return new Validation(result.valid(), result.iban(), result.formatted(), result.country(),
                result.checkDigits(), result.bban(), result.problems(), skillVersion);
    }

    private static String versionOf(Class<?> type) {
        Bundle bundle = FrameworkUtil.getBundle(type);
        return bundle == null ? "" : bundle.getVersion().toString();
    }
}
