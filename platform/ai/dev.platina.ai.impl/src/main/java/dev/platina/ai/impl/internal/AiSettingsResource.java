package dev.platina.ai.impl.internal;

import dev.platina.ai.api.AiSettings;
import dev.platina.ai.api.AiSettingsChange;
import dev.platina.ai.api.AiSettingsService;
import dev.platina.ai.api.AiUsage;
import dev.platina.core.api.InvalidInputException;
import dev.platina.identity.rest.RequestCallers;
import dev.platina.rest.PlatinaApi;
import java.util.Map;
import java.util.Optional;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
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
 * The organisation's AI settings and this month's use. The key is write-only: {@code keySet} says whether one is
 * stored; send {@code apiKey} to replace it, {@code ""} to remove it, or leave it out to keep it.
 */
@Component(service = AiSettingsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PlatinaApi.APPLICATION_SELECT)
@Path("v1/ai")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class AiSettingsResource {

    /** Settings as read back (never with the key). */
    public record SettingsView(String provider, String baseUrl, String model, boolean keySet, int timeoutSeconds,
            int maxRetries, Map<String, String> extras, long monthlyTokenBudget, String updatedAt,
            String updatedBy) {

        static SettingsView of(AiSettings s) {
            return new SettingsView(s.provider(), s.baseUrl(), s.model(), s.keySet(), s.timeoutSeconds(),
                    s.maxRetries(), s.extras(), s.monthlyTokenBudget(), s.updatedAt().map(Object::toString)
                            .orElse(null), s.updatedBy().orElse(null));
        }
    }

    /** A change; numbers left out keep their defaults. */
    public record SettingsChangeView(String provider, String baseUrl, String model, String apiKey,
            Integer timeoutSeconds, Integer maxRetries, Map<String, String> extras, Long monthlyTokenBudget) {

        @Override
        public String toString() {
            return "SettingsChangeView[provider=" + provider + "]";
        }
    }

    /** This month's use against the budget. */
    public record UsageView(String month, long inputTokens, long outputTokens, long calls, long monthlyTokenBudget) {

        static UsageView of(AiUsage u) {
            return new UsageView(u.month().toString(), u.inputTokens(), u.outputTokens(), u.calls(),
                    u.monthlyTokenBudget());
        }
    }

    private final AiSettingsService settings;

    @Activate
    public AiSettingsResource(@Reference AiSettingsService settings) {
        this.settings = settings;
    }

    @GET
    @Path("settings")
    public SettingsView get(@Context SecurityContext security) {
        return SettingsView.of(settings.get(RequestCallers.of(security)));
    }

    @PUT
    @Path("settings")
    public SettingsView replace(SettingsChangeView body, @Context SecurityContext security) {
        if (body == null) {
            throw InvalidInputException.of("body", "send provider, baseUrl, model and the other settings");
        }
        AiSettings defaults = AiSettings.defaults();
        return SettingsView.of(settings.update(RequestCallers.of(security), new AiSettingsChange(body.provider(),
                body.baseUrl(), body.model(), Optional.ofNullable(body.apiKey()),
                body.timeoutSeconds() == null ? defaults.timeoutSeconds() : body.timeoutSeconds(),
                body.maxRetries() == null ? defaults.maxRetries() : body.maxRetries(), body.extras(),
                body.monthlyTokenBudget() == null ? 0 : body.monthlyTokenBudget())));
    }

    @GET
    @Path("usage")
    public UsageView usage(@Context SecurityContext security) {
        return UsageView.of(settings.usage(RequestCallers.of(security)));
    }
}
