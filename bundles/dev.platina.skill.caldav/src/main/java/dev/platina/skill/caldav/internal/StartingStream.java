package dev.platina.skill.caldav.internal;

import dev.platina.integration.api.Connection;
import dev.platina.integration.api.InboundEvent;
import dev.platina.integration.api.PolledStream;
import dev.platina.integration.api.PollResult;
import dev.platina.integration.api.PollingSource;
import dev.platina.integration.api.StartingWindow;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * The {@code starting} stream: every 30 seconds, {@code calendar.event.starting} for each occurrence whose start
 * falls in (last poll, now], recurring events expanded (see {@link Recurrence}). The event id is the UID and the
 * occurrence's start, so an occurrence fires once even when polls overlap. The window is the kit's
 * {@link StartingWindow}: the first poll starts from now, so meetings already begun never fire; after an outage at
 * most a day is caught up.
 */
@Component(service = PollingSource.class)
public final class StartingStream extends PolledStream {
    static final Duration LONGEST_CATCH_UP = Duration.ofDays(1);

    private final Clock clock;

    @Activate
    public StartingStream() {
        this(Clock.systemUTC());
    }

    StartingStream(Clock clock) {
        super(CalDavConnector.ID, "starting", Duration.ofSeconds(30));
        this.clock = clock;
    }

    @Override
    public PollResult poll(Connection connection, Optional<String> cursor) throws Exception {
        return StartingWindow.poll(cursor, clock.instant(), LONGEST_CATCH_UP, window -> starts(connection, window));
    }

    private static List<InboundEvent> starts(Connection connection, StartingWindow window) throws Exception {
        CalDavClient calendar = CalDavClient.of(connection);
        ZoneId floating = CalDavConnector.zoneOrUtc(connection);
        String calendarUrl = connection.setting(CalDavConnector.CALENDAR_URL).orElse("");
        var events = new ArrayList<InboundEvent>();
        // The time range is end-exclusive; one second more includes an event starting exactly now.
        for (CalendarResource resource : calendar.eventsBetween(window.from(), window.to().plusSeconds(1))) {
            List<CalendarEvent> parsed;
            try {
                parsed = ICalendarReader.events(resource.data());
            } catch (IllegalArgumentException e) {
                continue;
            }
            for (Occurrence occurrence : Recurrence.startingBetween(parsed, window.from(), window.to(), floating)) {
                CalendarEvent event = occurrence.event();
                var data = new LinkedHashMap<>(EventData.of(event, occurrence.start(), occurrence.end(),
                        calendarUrl, floating));
                data.put("href", resource.href());
                events.add(new InboundEvent(event.uid() + "@" + occurrence.start(), "calendar.event.starting",
                        occurrence.start(), data));
            }
        }
        return events;
    }
}
