package dev.platina.skill.googlecalendar.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.platina.integration.api.Connection;
import dev.platina.integration.api.InboundEvent;
import dev.platina.integration.api.PolledStream;
import dev.platina.integration.api.PollResult;
import dev.platina.integration.api.PollingSource;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * The {@code events} stream: what changed in the calendar, read with Google's sync tokens, as
 * {@code calendar.event.created}, {@code calendar.event.updated} and {@code calendar.event.deleted}. The first poll
 * of a connection only takes a sync token (what was in the calendar before is not news). An event counts as created
 * when Google created it after the previous poll began, otherwise as updated; cancelled means deleted. Each event
 * is identified by Google's id and etag, so a change reported twice is published once and every later change is
 * published again.
 */
@Component(service = PollingSource.class)
public final class EventChanges extends PolledStream {
    static final String STREAM = "events";
    static final Duration INTERVAL = Duration.ofSeconds(60);
    /** When a sync token expired, changes are read again from this long before the last poll, to miss none. */
    static final Duration RESYNC_OVERLAP = Duration.ofMinutes(5);

    private final Clock clock;

    @Activate
    public EventChanges() {
        this(Clock.systemUTC());
    }

    EventChanges(Clock clock) {
        super(GoogleCalendarConnector.ID, STREAM, INTERVAL);
        this.clock = clock;
    }

    @Override
    public PollResult poll(Connection connection, Optional<String> cursor) throws Exception {
        Instant now = clock.instant();
        CalendarApi calendar = CalendarApi.of(connection);
        Optional<SyncCursor> previous = cursor.flatMap(SyncCursor::read);
        if (previous.isEmpty()) {
            return new PollResult(List.of(), Optional.of(new SyncCursor(fullSync(calendar, now), now).text()));
        }
        try {
            EventListing changes = EventListing.read(calendar, Map.of("syncToken", previous.get().syncToken(),
                    "singleEvents", "true", "showDeleted", "true"));
            String next = changes.nextSyncToken().orElse(previous.get().syncToken());
            return new PollResult(events(calendar, changes, previous.get().since()),
                    Optional.of(new SyncCursor(next, now).text()));
        } catch (EventListing.SyncTokenGoneException gone) {
            return resync(calendar, previous.get(), now);
        }
    }

    /**
     * Google forgot the sync token: a new one first, then the changes since shortly before the last poll. A change
     * made in between comes in both readings and is published once (same id and etag).
     */
    private PollResult resync(CalendarApi calendar, SyncCursor previous, Instant now) throws Exception {
        String token = fullSync(calendar, now);
        List<InboundEvent> missed;
        try {
            missed = events(calendar, EventListing.read(calendar, Map.of("singleEvents", "true", "showDeleted",
                    "true", "updatedMin", previous.since().minus(RESYNC_OVERLAP).toString())), previous.since());
        } catch (EventListing.SyncTokenGoneException tooLongAgo) {
            // Google keeps deletions for a limited time only; changes older than that cannot be told apart anymore.
            missed = List.of();
        }
        return new PollResult(missed, Optional.of(new SyncCursor(token, now).text()));
    }

    /** Reads the calendar from now on to its end for a sync token; the events themselves are not news. */
    private static String fullSync(CalendarApi calendar, Instant now) throws Exception {
        EventListing all = EventListing.read(calendar, Map.of("singleEvents", "true", "showDeleted", "true",
                "timeMin", now.toString()));
        return all.nextSyncToken().orElseThrow(() -> new IOException("Google Calendar sent no sync token on the"
                + " last page of the events."));
    }

    private static List<InboundEvent> events(CalendarApi calendar, EventListing listing, Instant since) {
        var events = new ArrayList<InboundEvent>();
        for (CalendarEvent event : listing.events()) {
            String type = event.cancelled() ? "calendar.event.deleted"
                    : event.created().map(created -> created.isAfter(since)).orElse(false)
                            ? "calendar.event.created" : "calendar.event.updated";
            var data = new LinkedHashMap<String, Object>(event.data());
            data.put("calendarId", calendar.calendarId());
            events.add(new InboundEvent(event.id() + ":" + event.etag().orElse(event.cancelled() ? "cancelled"
                    : event.updated().map(Instant::toString).orElse("")), type, event.updated().orElse(since),
                    data));
        }
        return events;
    }

    /** The stored cursor: Google's sync token and when the poll that got it began. */
    record SyncCursor(String syncToken, Instant since) {
        String text() {
            var cursor = new LinkedHashMap<String, String>();
            cursor.put("syncToken", syncToken);
            cursor.put("since", since.toString());
            return GoogleJson.write(cursor);
        }

        static Optional<SyncCursor> read(String text) {
            JsonNode cursor = GoogleJson.read(text);
            if (!cursor.path("syncToken").isTextual() || !cursor.path("since").isTextual()) {
                return Optional.empty();
            }
            try {
                return Optional.of(new SyncCursor(cursor.get("syncToken").asText(),
                        Instant.parse(cursor.get("since").asText())));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
    }
}
