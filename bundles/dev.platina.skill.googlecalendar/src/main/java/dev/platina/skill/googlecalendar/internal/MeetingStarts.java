package dev.platina.skill.googlecalendar.internal;

import dev.platina.integration.api.Connection;
import dev.platina.integration.api.InboundEvent;
import dev.platina.integration.api.PolledStream;
import dev.platina.integration.api.PollResult;
import dev.platina.integration.api.PollingSource;
import dev.platina.integration.api.StartingWindow;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * The {@code starting} stream: {@code calendar.event.starting} for each event whose start falls after the previous
 * poll and no later than now, so a workflow can act when a meeting begins. Recurring events are listed as their
 * single occurrences, each with its own start; the id is the occurrence's id and start, so an occurrence fires once
 * and an event moved to a later time fires again then. The window is the kit's {@link StartingWindow}: the first
 * poll starts from now. After an outage, starts up to {@link #LONGEST_CATCH_UP} late are still reported (with
 * {@code late}), older ones are not: acting on a meeting long over would surprise more than help.
 */
@Component(service = PollingSource.class)
public final class MeetingStarts extends PolledStream {
    static final String STREAM = "starting";
    static final Duration INTERVAL = Duration.ofSeconds(30);
    static final Duration LONGEST_CATCH_UP = Duration.ofHours(1);
    /** A start reported more than this after it happened is marked late. */
    static final Duration LATE = Duration.ofMinutes(5);

    private final Clock clock;

    @Activate
    public MeetingStarts() {
        this(Clock.systemUTC());
    }

    MeetingStarts(Clock clock) {
        super(GoogleCalendarConnector.ID, STREAM, INTERVAL);
        this.clock = clock;
    }

    @Override
    public PollResult poll(Connection connection, Optional<String> cursor) throws Exception {
        return StartingWindow.poll(cursor, clock.instant(), LONGEST_CATCH_UP, window -> starts(connection, window));
    }

    private static List<InboundEvent> starts(Connection connection, StartingWindow window) throws Exception {
        CalendarApi calendar = CalendarApi.of(connection);
        // timeMin bounds the end and timeMax (exclusive) the start: together they cover every start in the window.
        EventListing listing = EventListing.read(calendar, Map.of("singleEvents", "true", "orderBy", "startTime",
                "timeMin", window.from().toString(), "timeMax", window.to().plusMillis(1).toString()));
        var events = new ArrayList<InboundEvent>();
        for (CalendarEvent event : listing.events()) {
            Optional<Instant> start = event.start(listing.zone());
            if (event.cancelled() || start.isEmpty() || !window.contains(start.get())) {
                continue;
            }
            var data = new LinkedHashMap<String, Object>(event.data());
            data.put("calendarId", calendar.calendarId());
            data.put("startsAt", start.get().toString());
            data.put("late", start.get().isBefore(window.to().minus(LATE)));
            events.add(new InboundEvent(event.id() + "@" + start.get(), "calendar.event.starting", start.get(),
                    data));
        }
        return events;
    }
}
