package dev.platina.ai.learning.internal;

import dev.platina.ai.api.AiMemory;
import dev.platina.core.api.InvalidInputException;
import dev.platina.identity.rest.RequestCallers;
import dev.platina.rest.PlatinaApi;
import java.util.Map;
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
 * The organisation's AI memory in counts, and each person's own choice whether their decisions are learnt from.
 * Turning learning off purges what their decisions taught.
 */
@Component(service = LearningResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PlatinaApi.APPLICATION_SELECT)
@Path("v1/ai/learning")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class LearningResource {

    /** Whether the caller's decisions are learnt from. */
    public record ConsentView(boolean learning) {
    }

    /** The choice as stored, and how many cases turning it off purged. */
    public record ConsentChangeView(boolean learning, int purged) {
    }

    private final AiMemory memory;
    private final DefaultAiMemory reports;

    @Activate
    public LearningResource(@Reference AiMemory memory, @Reference DefaultAiMemory reports) {
        this.memory = memory;
        this.reports = reports;
    }

    @GET
    public MemorySummary summary(@Context SecurityContext security) {
        return reports.summary(RequestCallers.of(security));
    }

    @GET
    @Path("me")
    public ConsentView mine(@Context SecurityContext security) {
        return new ConsentView(memory.learnsFrom(RequestCallers.of(security)));
    }

    @PUT
    @Path("me")
    public ConsentChangeView change(Map<String, Object> body, @Context SecurityContext security) {
        if (body == null || !(body.get("learning") instanceof Boolean on)) {
            throw InvalidInputException.of("learning", "send true to have your decisions learnt from, false to"
                    + " stop it and purge what they taught");
        }
        int purged = memory.setLearning(RequestCallers.of(security), on);
        return new ConsentChangeView(on, purged);
    }
}
