package dev.platina.workflow.ui.internal.builder;

import java.util.Map;

/** A trigger in words: "manual", "event crm.lead.created", "schedule 0 9 * * MON-FRI (Europe/Berlin)". */
final class TriggerText {

    private TriggerText() {
    }

    static String describe(Object trigger) {
        if (!(trigger instanceof Map<?, ?> map) || !(map.get("type") instanceof String type)) {
            return "manual";
        }
        return switch (type) {
            case "event" -> "event " + map.get("event") + (map.get("filter") instanceof String filter
                    && !filter.isBlank() ? " if " + filter : "");
            case "schedule" -> "schedule " + map.get("cron") + " (" + (map.get("timeZone") instanceof String zone
                    ? zone : "UTC") + ")";
            case "webhook" -> "signed webhook";
            default -> type;
        };
    }
}
