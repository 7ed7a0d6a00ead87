package dev.platina.identity.rest.internal;

import dev.platina.audit.api.AuditOutcome;
import dev.platina.audit.api.AuditPage;
import dev.platina.audit.api.AuditQuery;
import dev.platina.audit.api.AuditRecord;
import dev.platina.audit.api.ChainVerification;
import dev.platina.core.api.InvalidInputException;
import dev.platina.identity.api.AuditTrail;
import dev.platina.rest.PlatinaApi;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** The caller's organisation's audit trail, newest first, and its chain verification. */
@Component(service = AuditResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PlatinaApi.APPLICATION_SELECT)
@Path("v1/audit")
@Produces(MediaType.APPLICATION_JSON)
public final class AuditResource {

    public record AuditEventView(long sequence, String id, Instant occurredAt, String action, String outcome,
            String actorId, String actorName, String targetType, String targetId, String requestId,
            Map<String, String> details) {

        static AuditEventView of(AuditRecord r) {
            var e = r.event();
            return new AuditEventView(r.sequence(), r.id(), r.occurredAt(), e.action(),
                    e.outcome().name().toLowerCase(Locale.ROOT), e.actorId(), e.actorName(), e.targetType(),
                    e.targetId(), e.requestId(), e.details());
        }
    }

    public record VerificationView(boolean intact, long eventsChecked, List<String> problems) {
    }

    private final AuditTrail trail;

    @Activate
    public AuditResource(@Reference AuditTrail trail) {
        this.trail = trail;
    }

    @GET
    public Views.ListView<AuditEventView> list(@QueryParam("action") String action, @QueryParam("actor") String actor,
            @QueryParam("target") String target, @QueryParam("outcome") String outcome,
            @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("limit") @DefaultValue("50") int limit, @QueryParam("cursor") String cursor,
            @Context SecurityContext security) {
        if (limit < 1 || limit > AuditQuery.MAX_LIMIT) {
            throw InvalidInputException.of("limit", "must be between 1 and " + AuditQuery.MAX_LIMIT);
        }
        AuditPage page = trail.find(CallerPrincipal.callerOf(security), new AuditQuery(action, actor, target,
                outcome(outcome), instant(from, "from"), instant(to, "to"), cursor(cursor), limit));
        return new Views.ListView<>(page.items().stream().map(AuditEventView::of).toList(),
                page.nextBeforeSequence() == null ? null : page.nextBeforeSequence().toString());
    }

    @GET
    @Path("verification")
    public VerificationView verify(@Context SecurityContext security) {
        ChainVerification result = trail.verify(CallerPrincipal.callerOf(security));
        return new VerificationView(result.intact(), result.eventsChecked(), result.problems());
    }

    private static AuditOutcome outcome(String value) {
        if (value == null) {
            return null;
        }
        try {
            return AuditOutcome.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("outcome", "is success, failure or denied");
        }
    }

    private static Instant instant(String value, String field) {
        try {
            return value == null ? null : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of(field, "use an ISO-8601 time such as 2026-01-31T09:00:00Z");
        }
    }

    private static Long cursor(String value) {
        try {
            return value == null ? null : Long.valueOf(value);
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("cursor", "is not a cursor this API gave out");
        }
    }
}
