package dev.platina.skill.googlecalendar.internal;

import dev.platina.integration.api.Connection;
import dev.platina.integration.api.InboundEvent;
import dev.platina.integration.api.PollResult;
import dev.platina.integration.api.PollingSource;
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
 * The {@code starting} stream: {@code calendar.event.starting} for each event whose start falls after the previous
 * poll and no later than now, so a workflow can act when a meeting begins. Recurring events are listed as their
 * single occurrences, each with its own start; the id is the occurrence's id and start, so an occurrence fires once
 * and an event moved to a later time fires again then. The cursor is the end of the window polled last; the first
 * poll starts from now. After an outage, starts up to {@link #LONGEST_CATCH_UP} late are still reported (with
 * {@code late}), older ones are not: acting on a meeting long over would surprise more than help.
 */
@Component(service = PollingSource.class)
public final class MeetingStarts implements PollingSource {
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
        this.clock = clock;
    }

    @Override
    public String connectorId() {
        return GoogleCalendarConnector.ID;
    }

    @Override
    public String stream() {
        return STREAM;
    }

    @Override
    public Duration interval() {
        return INTERVAL;
    }

    @Override
    public PollResult poll(Connection connection, Optional<String> cursor) throws Exception {
        Instant now = clock.instant();
        Optional<Instant> previous = cursor.flatMap(MeetingStarts::instant);
        if (previous.isEmpty()) {
            return new PollResult(List.of(), Optional.of(now.toString()));
        }
        if (!previous.get().isBefore(now)) {
            return new PollResult(List.of(), Optional.empty());
        }
        Instant from = previous.get().isBefore(now.minus(LONGEST_CATCH_UP)) ? now.minus(LONGEST_CATCH_UP)
                : previous.get();
        CalendarApi calendar = CalendarApi.of(connection);
        // timeMin bounds the end and timeMax (exclusive) the start: together they cover every start in (from, now].
        EventListing listing = EventListing.read(calendar, Map.of("singleEvents", "true", "orderBy", "startTime",
                "timeMin", from.toString(), "timeMax", now.plusMillis(1).toString()));
        var events = new ArrayList<InboundEvent>();
        for (CalendarEvent event : listing.events()) {
            Optional<Instant> start = event.start(listing.zone());
            if (event.cancelled() || start.isEmpty() || !start.get().isAfter(from) || start.get().isAfter(now)) {
                continue;
            }
            var data = new LinkedHashMap<String, Object>(event.data());
            data.put("calendarId", calendar.calendarId());
            data.put("startsAt", start.get().toString());
            data.put("late", start.get().isBefore(now.minus(LATE)));
            events.add(new InboundEvent(event.id() + "@" + start.get(), "calendar.event.starting", start.get(),
                    data));
        }
        return new PollResult(events, Optional.of(now.toString()));
    }

    private static Optional<Instant> instant(String text) {
        try {
            return Optional.of(Instant.parse(text.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
