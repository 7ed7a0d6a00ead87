package dev.platina.skill.googlecalendar.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.platina.core.api.InvalidInputException;
import dev.platina.integration.api.CallResult;
import dev.platina.integration.api.VendorAnswer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The steps' input as the Calendar API takes it, and Google's errors as deliveries count them. */
class EventInputTest {

    @Test
    void wallClockTimesTakeTheTimeZoneAndDatesMakeAnAllDayEvent() {
        Map<String, Object> timed = EventInput.forCreate(Map.of("summary", "Board", "start", "2026-11-30T10:00:00",
                "end", "2026-11-30T11:30:00", "timeZone", "Europe/Berlin"));
        Map<String, Object> allDay = EventInput.forCreate(Map.of("summary", "Offsite", "start", "2026-12-01", "end",
                "2026-12-03", "eventId", "offsite2026"));

        assertThat(timed).containsEntry("sendUpdates", "none");
        assertThat(map(timed.get("event"))).containsEntry("start", Map.of("dateTime", "2026-11-30T10:00:00",
                "timeZone", "Europe/Berlin")).containsEntry("id", timed.get("eventId"));
        assertThat(timed.get("eventId").toString()).matches("[a-v0-9]{32}");
        assertThat(map(allDay.get("event"))).containsEntry("id", "offsite2026")
                .containsEntry("start", Map.of("date", "2026-12-01")).containsEntry("end", Map.of("date", "2026-12-03"));
    }

    @Test
    void everyWrongFieldIsNamedAtOnce() {
        assertThatThrownBy(() -> EventInput.forCreate(Map.of("start", "2026-11-30T10:00:00", "end", "2026-12-01",
                "timeZone", "Mars/Olympus", "eventId", "UPPER_CASE", "attendees", "lin@example.com")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("summary", "start", "timeZone", "eventId", "attendees"));
        assertThatThrownBy(() -> EventInput.forCreate(Map.of("summary", "x", "start", "2026-12-01", "end",
                "2026-12-01T10:00:00Z"))).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(
                        e.fieldErrors()).containsEntry("end", "must be a date when start is a date, and a time when"
                                + " start is a time"));
        assertThatThrownBy(() -> EventInput.forUpdate(Map.of("eventId", "abc123", "etag", "\"1\"", "start",
                "2026-12-01T10:00:00Z"))).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(
                        e.fieldErrors()).containsOnlyKeys("end"));
        assertThatThrownBy(() -> EventInput.forUpdate(Map.of("eventId", "abc123", "etag", "\"1\"")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsKey("summary"));
    }

    @Test
    void anUpdateCarriesOnlyTheFieldsGivenAndTheEtagItWasBasedOn() {
        Map<String, Object> update = EventInput.forUpdate(Map.of("eventId", "abc123", "etag", "\"3181\"",
                "location", "Room 2", "attendees", List.of(Map.of("email", "sam@example.com")), "notifyAttendees",
                true));

        assertThat(update).containsEntry("etag", "\"3181\"").containsEntry("sendUpdates", "all");
        assertThat(map(update.get("patch"))).containsOnlyKeys("location", "attendees");
    }

    @Test
    void googleThrottlesWith429AndWithRateLimitReasonsOn403() {
        String rateLimited = "{\"error\":{\"code\":403,\"message\":\"Rate Limit Exceeded\",\"errors\":[{\"domain\":"
                + "\"usageLimits\",\"reason\":\"rateLimitExceeded\",\"message\":\"Rate Limit Exceeded\"}]}}";
        String forbidden = "{\"error\":{\"code\":403,\"message\":\"Insufficient Permission\",\"errors\":[{\"domain\":"
                + "\"global\",\"reason\":\"insufficientPermissions\",\"message\":\"Insufficient Permission\"}]}}";

        CallResult throttled = GoogleError.of(new VendorAnswer(403, rateLimited, Map.of(), Optional.empty()))
                .failure();
        CallResult tooMany = GoogleError.of(new VendorAnswer(429, "{}", Map.of(), Optional.of(Duration.ofSeconds(9))))
                .failure();
        CallResult refused = GoogleError.of(new VendorAnswer(403, forbidden, Map.of(), Optional.empty())).failure();

        assertThat(throttled.kind()).isEqualTo(CallResult.Kind.THROTTLED);
        assertThat(throttled.message()).isEqualTo("Google Calendar answered 403: Rate Limit Exceeded"
                + " (rateLimitExceeded)");
        assertThat(tooMany.kind()).isEqualTo(CallResult.Kind.THROTTLED);
        assertThat(tooMany.retryAfter()).contains(Duration.ofSeconds(9));
        assertThat(refused.kind()).isEqualTo(CallResult.Kind.CREDENTIALS_REFUSED);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }
}
