package dev.platina.skill.googlecalendar.internal;

import dev.platina.integration.api.Connection;
import dev.platina.integration.api.VendorAnswer;
import dev.platina.integration.api.VendorHttp;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The Calendar API v3 events of the connection's calendar, with the connection's access token (the kit refreshes it
 * first when it is about to expire).
 */
final class CalendarApi {
    private final VendorHttp http;
    private final String calendarId;
    private final String events;

    private CalendarApi(VendorHttp http, String calendarId) {
        this.http = http;
        this.calendarId = calendarId;
        this.events = "/calendar/v3/calendars/" + segment(calendarId) + "/events";
    }

    static CalendarApi of(Connection connection) throws IOException {
        String token = connection.accessToken();
        String base = connection.setting(GoogleCalendarConnector.BASE_URL).filter(url -> !url.isBlank())
                .orElse(GoogleCalendarConnector.DEFAULT_BASE_URL);
        String calendar = connection.setting(GoogleCalendarConnector.CALENDAR_ID).filter(id -> !id.isBlank())
                .orElse(GoogleCalendarConnector.DEFAULT_CALENDAR).strip();
        return new CalendarApi(VendorHttp.at(base, Map.of("Authorization", "Bearer " + token, "Accept",
                "application/json")), calendar);
    }

    String calendarId() {
        return calendarId;
    }

    /** {@code events.list} with the query parameters given (values unencoded). */
    VendorAnswer list(Map<String, String> query) throws IOException, InterruptedException {
        return http.get(events + query(query));
    }

    VendorAnswer get(String eventId) throws IOException, InterruptedException {
        return http.get(events + "/" + segment(eventId));
    }

    VendorAnswer insert(String eventJson, String sendUpdates) throws IOException, InterruptedException {
        return http.json("POST", events + query(Map.of("sendUpdates", sendUpdates)), eventJson);
    }

    /** A PATCH that Google applies only while the event still has {@code etag}; otherwise it answers 412. */
    VendorAnswer patch(String eventId, String etag, String patchJson, String sendUpdates)
            throws IOException, InterruptedException {
        return http.send("PATCH", events + "/" + segment(eventId) + query(Map.of("sendUpdates", sendUpdates)),
                "application/json", patchJson, Map.of("If-Match", etag));
    }

    VendorAnswer delete(String eventId, Optional<String> etag, String sendUpdates)
            throws IOException, InterruptedException {
        return http.send("DELETE", events + "/" + segment(eventId) + query(Map.of("sendUpdates", sendUpdates)),
                null, null, etag.map(tag -> Map.of("If-Match", tag)).orElse(Map.of()));
    }

    private static String query(Map<String, String> parameters) {
        if (parameters.isEmpty()) {
            return "";
        }
        return "?" + parameters.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    /** A path segment: calendar ids hold '@' and '#', which must not reach the path as they are. */
    private static String segment(String value) {
        return encode(value);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
