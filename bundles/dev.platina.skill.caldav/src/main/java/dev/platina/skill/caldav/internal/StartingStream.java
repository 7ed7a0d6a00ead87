package dev.platina.skill.caldav.internal;

import dev.platina.integration.api.Connection;
import dev.platina.integration.api.InboundEvent;
import dev.platina.integration.api.PollResult;
import dev.platina.integration.api.PollingSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * The {@code starting} stream: every 30 seconds, {@code calendar.event.starting} for each occurrence whose start
 * falls in (last poll, now], recurring events expanded (see {@link Recurrence}). The event id is the UID and the
 * occurrence's start, so an occurrence fires once even when polls overlap. The cursor is the time of the last poll;
 * the first poll starts from now, so meetings already begun never fire; after an outage at most a day is caught up.
 */
@Component(service = PollingSource.class)
public final class StartingStream implements PollingSource {
    static final Duration LONGEST_CATCH_UP = Duration.ofDays(1);

    private final Clock clock;

    @Activate
    public StartingStream() {
        this(Clock.systemUTC());
    }

    StartingStream(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String connectorId() {
        return CalDavConnector.ID;
    }

    @Override
    public String stream() {
        return "starting";
    }

    @Override
    public Duration interval() {
        return Duration.ofSeconds(30);
    }

    @Override
    public PollResult poll(Connection connection, Optional<String> cursor) throws Exception {
        Instant now = clock.instant();
        Optional<Instant> last = cursor.flatMap(StartingStream::instant);
        if (last.isEmpty()) {
            return new PollResult(List.of(), Optional.of(now.toString()));
        }
        Instant after = last.get().isBefore(now.minus(LONGEST_CATCH_UP)) ? now.minus(LONGEST_CATCH_UP) : last.get();
        if (!now.isAfter(after)) {
            return new PollResult(List.of(), Optional.empty());
        }
        CalDavClient calendar = CalDavClient.of(connection);
        ZoneId floating = CalDavConnector.zoneOrUtc(connection);
        String calendarUrl = connection.setting(CalDavConnector.CALENDAR_URL).orElse("");
        var events = new ArrayList<InboundEvent>();
        // The time range is end-exclusive; one second more includes an event starting exactly now.
        for (CalendarResource resource : calendar.eventsBetween(after, now.plusSeconds(1))) {
            List<CalendarEvent> parsed;
            try {
                parsed = ICalendarReader.events(resource.data());
            } catch (IllegalArgumentException e) {
                continue;
            }
            for (Occurrence occurrence : Recurrence.startingBetween(parsed, after, now, floating)) {
                CalendarEvent event = occurrence.event();
                var data = new LinkedHashMap<>(EventData.of(event, occurrence.start(), occurrence.end(),
                        calendarUrl, floating));
                data.put("href", resource.href());
                events.add(new InboundEvent(event.uid() + "@" + occurrence.start(), "calendar.event.starting",
                        occurrence.start(), data));
            }
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
