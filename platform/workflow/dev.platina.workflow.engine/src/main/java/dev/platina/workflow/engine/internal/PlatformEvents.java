package dev.platina.workflow.engine.internal;

import dev.platina.core.api.InvalidInputException;
import dev.platina.workflow.api.EventBus;
import dev.platina.workflow.api.PlatformEvent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** The shape of an acceptable event, and the event as expressions read it ({@code event.data.amount}). */
final class PlatformEvents {

    /** Lower-case dotted words: {@code crm.lead.created}, at least two and at most six. */
    static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9_-]*(\\.[a-z][a-z0-9_-]*){1,5}");
    static final int MAX_TYPE_LENGTH = 120;
    static final int MAX_ID_LENGTH = 200;

    private PlatformEvents() {
    }

    /**
     * Checks the event and returns it as expressions and runs see it: {@code type}, {@code id}, {@code occurredAt}
     * (ISO-8601; the time of receipt when the publisher gave none) and {@code data} as plain JSON values.
     */
    static Map<String, Object> checked(PlatformEvent event, Json json) {
        var errors = new LinkedHashMap<String, String>();
        if (event.type() == null || event.type().length() > MAX_TYPE_LENGTH || !TYPE.matcher(event.type()).matches()) {
            errors.put("type", "'" + event.type() + "' is not an event type such as crm.lead.created (lower-case"
                    + " words separated by dots, at most " + MAX_TYPE_LENGTH + " characters)");
        }
        if (event.id() == null || event.id().isBlank()) {
            errors.put("id", "is required: the publisher's id of this occurrence, the same when it is sent again");
        } else if (event.id().length() > MAX_ID_LENGTH) {
            errors.put("id", "has " + event.id().length() + " characters; at most " + MAX_ID_LENGTH);
        }
        String data = json.write(event.data());
        int size = data.getBytes(StandardCharsets.UTF_8).length;
        if (size > EventBus.MAX_DATA_BYTES) {
            errors.put("data", "is " + size + " bytes as JSON; an event's data may have at most "
                    + EventBus.MAX_DATA_BYTES + " bytes (" + EventBus.MAX_DATA_BYTES / 1024 + " KiB). Send a reference"
                    + " to large content instead");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        var variable = new LinkedHashMap<String, Object>();
        variable.put("type", event.type());
        variable.put("id", event.id());
        variable.put("occurredAt", (event.occurredAt() == null ? Instant.now() : event.occurredAt()).toString());
        // Through JSON and back, so expressions see the same values now as a run reading them from the database.
        variable.put("data", json.readObject(data));
        return variable;
    }
}
