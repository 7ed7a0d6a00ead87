package dev.platina.workflow.api;

import java.time.Instant;
import java.util.Map;

/**
 * Something that happened in an organisation, such as {@code crm.lead.created}. {@code id} is the publisher's
 * identifier of the occurrence: publishing the same id again is recognised as a repeat, so a publisher may retry
 * safely. {@code data} is JSON-like (maps, lists, texts, numbers, booleans).
 */
public record PlatformEvent(String type, String id, Instant occurredAt, Map<String, Object> data) {

    public PlatformEvent {
        data = data == null ? Map.of() : data;
    }
}
