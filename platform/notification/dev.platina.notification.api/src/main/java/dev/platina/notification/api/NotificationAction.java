package dev.platina.notification.api;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Something the person can do from the notification without opening the app: {@code id} (e.g. {@code approve}),
 * the button's {@code label}, and {@code url}, which the platform answers when POSTed to with {@code token} (a
 * signed, single-purpose, expiring token; see the README's notifications section).
 */
public record NotificationAction(String id, String label, String url, String token) {

    public NotificationAction {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(token, "token");
    }

    Map<String, Object> toMap() {
        var map = new LinkedHashMap<String, Object>();
        map.put("id", id);
        map.put("label", label);
        map.put("url", url);
        map.put("token", token);
        return map;
    }

    static NotificationAction fromMap(Map<String, Object> map) {
        return new NotificationAction((String) map.get("id"), (String) map.get("label"), (String) map.get("url"),
                (String) map.get("token"));
    }
}
