package dev.platina.skill.googlecalendar.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Whether an event already holds every value of a patch, as Google gives them back: texts as sent, times as the
 * same moments (Google may write another offset), attendees as the same addresses.
 */
final class PatchComparison {

    private PatchComparison() {
    }

    static boolean holds(JsonNode event, Map<String, Object> patch) {
        JsonNode wanted = GoogleJson.JSON.valueToTree(patch);
        for (Map.Entry<String, JsonNode> field : wanted.properties()) {
            JsonNode value = field.getValue();
            JsonNode current = event.path(field.getKey());
            boolean same = switch (field.getKey()) {
                case "start", "end" -> sameTime(current, value);
                case "attendees" -> emails(current).equals(emails(value));
                default -> current.asText("").equals(value.asText(""));
            };
            if (!same) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameTime(JsonNode current, JsonNode wanted) {
        if (wanted.hasNonNull("date")) {
            return wanted.get("date").asText().equals(current.path("date").asText(null));
        }
        Optional<Instant> a = CalendarEvent.moment(current, ZoneOffset.UTC);
        Optional<Instant> b = CalendarEvent.moment(wanted, ZoneOffset.UTC);
        return a.isPresent() && a.equals(b);
    }

    private static Set<String> emails(JsonNode attendees) {
        var emails = new HashSet<String>();
        for (JsonNode attendee : attendees) {
            emails.add(attendee.path("email").asText().toLowerCase(Locale.ROOT));
        }
        return emails;
    }
}
