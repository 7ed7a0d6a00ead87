package dev.platina.skill.caldav.internal;

import dev.platina.integration.api.Connection;
import dev.platina.integration.api.InboundEvent;
import dev.platina.integration.api.PolledStream;
import dev.platina.integration.api.PollResult;
import dev.platina.integration.api.PollingSource;
import dev.platina.integration.api.VendorAnswer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code events} stream: every minute, the events from a day back to thirty days ahead (a calendar-query REPORT
 * with a time range) compared by ETag with the last poll, as {@code calendar.event.created}, {@code .updated} and
 * {@code .deleted} (event id: UID and ETag hash). The first poll only notes what is there. An entry missing from
 * the window counts as deleted only when the server answers 404 for it: an event that merely slid out of the
 * window is forgotten quietly.
 */
@Component(service = PollingSource.class)
public final class EventsStream extends PolledStream {
    static final Duration BACK = Duration.ofDays(1);
    static final Duration AHEAD = Duration.ofDays(30);
    private static final Logger LOG = LoggerFactory.getLogger(EventsStream.class);

    private final Clock clock;

    @Activate
    public EventsStream() {
        this(Clock.systemUTC());
    }

    EventsStream(Clock clock) {
        super(CalDavConnector.ID, "events", Duration.ofSeconds(60));
        this.clock = clock;
    }

    @Override
    public PollResult poll(Connection connection, Optional<String> cursor) throws Exception {
        CalDavClient calendar = CalDavClient.of(connection);
        ZoneId floating = CalDavConnector.zoneOrUtc(connection);
        String calendarUrl = connection.setting(CalDavConnector.CALENDAR_URL).orElse("");
        Instant now = clock.instant();
        Map<String, EventsCursor.Entry> before = EventsCursor.read(cursor);
        var seen = new LinkedHashMap<String, EventsCursor.Entry>();
        var events = new ArrayList<InboundEvent>();
        for (CalendarResource resource : calendar.eventsBetween(now.minus(BACK), now.plus(AHEAD))) {
            Optional<CalendarEvent> event = mainEvent(resource);
            String hash = EventsCursor.hash(resource.etag());
            seen.put(resource.href(), new EventsCursor.Entry(hash, event.map(CalendarEvent::uid).orElse("")));
            EventsCursor.Entry known = before.get(resource.href());
            if (cursor.isEmpty() || event.isEmpty() || known != null && known.etagHash().equals(hash)) {
                continue;
            }
            String type = known == null ? "calendar.event.created" : "calendar.event.updated";
            CalendarEvent changed = event.get();
            Instant start = changed.start().instant(floating);
            var data = new LinkedHashMap<>(EventData.of(changed, start, start.plus(changed.length(floating)),
                    calendarUrl, floating));
            data.put("href", resource.href());
            data.put("etag", resource.etag());
            events.add(new InboundEvent(changed.uid() + "/" + hash, type, changed.lastModified().orElse(now), data));
        }
        for (Map.Entry<String, EventsCursor.Entry> gone : before.entrySet()) {
            if (seen.containsKey(gone.getKey())) {
                continue;
            }
            VendorAnswer answer = calendar.get(gone.getKey());
            if (answer.status() == 404 || answer.status() == 410) {
                var data = new LinkedHashMap<String, Object>();
                data.put("uid", gone.getValue().uid());
                data.put("href", gone.getKey());
                data.put("calendar", calendarUrl);
                events.add(new InboundEvent(gone.getValue().uid() + "/" + gone.getValue().etagHash() + "/deleted",
                        "calendar.event.deleted", now, data));
            } else if (!answer.ok()) {
                seen.put(gone.getKey(), gone.getValue());
            }
        }
        return new PollResult(events, Optional.of(EventsCursor.write(seen)));
    }

    /** The resource's main event; one the skill cannot read is skipped. */
    static Optional<CalendarEvent> mainEvent(CalendarResource resource) {
        try {
            List<CalendarEvent> events = ICalendarReader.events(resource.data());
            return events.stream().filter(e -> e.recurrenceId().isEmpty()).findFirst()
                    .or(() -> events.stream().findFirst());
        } catch (IllegalArgumentException e) {
            // Only the address: the reader's words may quote the entry, and entries are people's data.
            LOG.warn("Skipping the calendar entry {}: it is not iCalendar this skill can read", resource.href());
            return Optional.empty();
        }
    }
}
