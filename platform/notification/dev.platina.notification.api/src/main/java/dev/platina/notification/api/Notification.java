package dev.platina.notification.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a person is told: a short title and body in plain words, where to look ({@code link}, a path of the web
 * app), and actions they can take from the notification itself (e.g. Approve / Reject). {@code kind} names the
 * occasion (e.g. {@code approval.pending}) for preferences and the audit trail.
 */
public record Notification(String kind, String title, String body, Optional<String> link,
        List<NotificationAction> actions) {

    public Notification {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        body = body == null ? "" : body;
        link = link == null ? Optional.empty() : link;
        actions = actions == null ? List.of() : List.copyOf(actions);
    }

    /** As a JSON-ready map, the form channels and the outbox carry. */
    public Map<String, Object> toMap() {
        var map = new LinkedHashMap<String, Object>();
        map.put("kind", kind);
        map.put("title", title);
        map.put("body", body);
        link.ifPresent(l -> map.put("link", l));
        map.put("actions", actions.stream().map(NotificationAction::toMap).toList());
        return Collections.unmodifiableMap(map);
    }

    @SuppressWarnings("unchecked")
    public static Notification fromMap(Map<String, Object> map) {
        List<NotificationAction> actions = ((List<Map<String, Object>>) map.getOrDefault("actions", List.of()))
                .stream().map(NotificationAction::fromMap).toList();
        return new Notification((String) map.get("kind"), (String) map.get("title"), (String) map.get("body"),
                Optional.ofNullable((String) map.get("link")), actions);
    }
}
