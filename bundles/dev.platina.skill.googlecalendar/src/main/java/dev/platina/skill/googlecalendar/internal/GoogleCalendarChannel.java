package dev.platina.skill.googlecalendar.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.platina.integration.api.CallResult;
import dev.platina.integration.api.Connection;
import dev.platina.integration.api.ConnectorChannel;
import dev.platina.integration.api.ConnectorDeliveries;
import dev.platina.integration.api.QueuedWrite;
import dev.platina.integration.api.VendorAnswer;
import dev.platina.workflow.api.OutboxChannel;
import dev.platina.workflow.api.OutboxDelivery;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Delivers the calendar steps' writes through the kit's guarded deliveries, each so that a repeat (after a lost
 * answer or an outage) changes nothing:
 * <ul>
 * <li>create sends the event id chosen when the step ran; Google answers a repeat 409 {@code duplicate}, and the
 * existing event is the result;</li>
 * <li>update sends {@code If-Match} with the etag the change was based on. Google answers 412 when the event changed
 * since: if it already holds this update's values, that was this update (a repeat); otherwise someone changed it in
 * the calendar, and by the conflict rule the calendar's version wins: the write is refused naming the conflict;</li>
 * <li>delete counts an event already deleted (410) as done.</li>
 * </ul>
 */
@Component(service = OutboxChannel.class)
public final class GoogleCalendarChannel extends ConnectorChannel {
    static final String NAME = GoogleCalendarConnector.ID;
    private static final Set<String> OPERATIONS = Set.of(CreateEventStep.OPERATION, UpdateEventStep.OPERATION,
            DeleteEventStep.OPERATION);

    @Activate
    public GoogleCalendarChannel(@Reference ConnectorDeliveries deliveries) {
        super(deliveries, NAME, GoogleCalendarConnector.ID);
    }

    @Override
    protected void accept(QueuedWrite write) {
        acceptOnly(write, OPERATIONS, "Google Calendar");
    }

    @Override
    protected CallResult perform(Connection connection, QueuedWrite write, OutboxDelivery delivery)
            throws Exception {
        return switch (write.operation()) {
            case CreateEventStep.OPERATION -> create(connection, write);
            case UpdateEventStep.OPERATION -> update(connection, write);
            default -> delete(connection, write);
        };
    }

    static CallResult create(Connection connection, QueuedWrite write) throws Exception {
        CalendarApi calendar = CalendarApi.of(connection);
        String eventId = write.text("eventId");
        VendorAnswer created = calendar.insert(GoogleJson.write(write.object("event")), write.text("sendUpdates"));
        if (created.ok()) {
            return CallResult.done(receipt(GoogleJson.read(created.body())));
        }
        GoogleError error = GoogleError.of(created);
        if (created.status() == 409 && error.has("duplicate")) {
            // The id was chosen for this write alone: the event that holds it is the one an earlier attempt made.
            VendorAnswer existing = calendar.get(eventId);
            if (existing.ok()) {
                var receipt = receipt(GoogleJson.read(existing.body()));
                receipt.put("existed", true);
                return CallResult.done(receipt);
            }
            return GoogleError.of(existing).failure();
        }
        return error.failure();
    }

    static CallResult update(Connection connection, QueuedWrite write) throws Exception {
        CalendarApi calendar = CalendarApi.of(connection);
        String eventId = write.text("eventId");
        String basedOn = write.text("etag");
        Map<String, Object> patch = write.object("patch");
        VendorAnswer patched = calendar.patch(eventId, basedOn, GoogleJson.write(patch), write.text("sendUpdates"));
        if (patched.ok()) {
            return CallResult.done(receipt(GoogleJson.read(patched.body())));
        }
        return switch (patched.status()) {
            case 412 -> conflictOrRepeat(calendar, eventId, basedOn, patch);
            case 404 -> CallResult.refused("there is no event '" + eventId + "' in the calendar.");
            case 410 -> CallResult.refused("the event '" + eventId + "' was deleted in the calendar; the update was"
                    + " not applied.");
            default -> GoogleError.of(patched).failure();
        };
    }

    private static CallResult conflictOrRepeat(CalendarApi calendar, String eventId, String basedOn,
            Map<String, Object> patch) throws Exception {
        VendorAnswer current = calendar.get(eventId);
        if (!current.ok()) {
            return GoogleError.of(current).failure();
        }
        JsonNode now = GoogleJson.read(current.body());
        if (!"cancelled".equals(now.path("status").asText()) && PatchComparison.holds(now, patch)) {
            var receipt = receipt(now);
            receipt.put("alreadyApplied", true);
            return CallResult.done(receipt);
        }
        return CallResult.refused(conflict(now, eventId, basedOn, "the update was not applied"));
    }

    static CallResult delete(Connection connection, QueuedWrite write) throws Exception {
        CalendarApi calendar = CalendarApi.of(connection);
        String eventId = write.text("eventId");
        Optional<String> etag = Optional.of(write.text("etag")).filter(tag -> !tag.isBlank());
        VendorAnswer deleted = calendar.delete(eventId, etag, write.text("sendUpdates"));
        if (deleted.ok() || deleted.status() == 410) {
            var receipt = new LinkedHashMap<String, Object>();
            receipt.put("id", eventId);
            receipt.put("deleted", true);
            if (deleted.status() == 410) {
                receipt.put("alreadyDeleted", true);
            }
            return CallResult.done(receipt);
        }
        if (deleted.status() == 412) {
            VendorAnswer current = calendar.get(eventId);
            JsonNode now = GoogleJson.read(current.body());
            if (current.ok() && "cancelled".equals(now.path("status").asText())) {
                return CallResult.done(Map.of("id", eventId, "deleted", true, "alreadyDeleted", true));
            }
            return CallResult.refused(conflict(now, eventId, etag.orElse(""), "the event was not deleted"));
        }
        if (deleted.status() == 404) {
            return CallResult.refused("there is no event '" + eventId + "' in the calendar.");
        }
        return GoogleError.of(deleted).failure();
    }

    /** The refusal naming the conflict, for the run's effect (the kit prefixes "Google Calendar refused it"). */
    private static String conflict(JsonNode now, String eventId, String basedOn, String consequence) {
        String title = now.hasNonNull("summary") ? "'" + now.get("summary").asText() + "'" : "'" + eventId + "'";
        return "conflict: the event " + title + " was changed in the calendar after this change was prepared"
                + " (prepared from version " + basedOn + ", the calendar now has " + now.path("etag").asText("?")
                + "). The calendar's version wins: " + consequence + ".";
    }

    private static LinkedHashMap<String, Object> receipt(JsonNode event) {
        var receipt = new LinkedHashMap<String, Object>();
        receipt.put("id", event.path("id").asText());
        if (event.hasNonNull("etag")) {
            receipt.put("etag", event.get("etag").asText());
        }
        if (event.hasNonNull("htmlLink")) {
            receipt.put("htmlLink", event.get("htmlLink").asText());
        }
        receipt.put("status", event.path("status").asText("confirmed"));
        return receipt;
    }
}
