package dev.platina.skill.hubspot.internal;

import dev.platina.integration.api.StepInput;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** The input rules only HubSpot has, on top of the kit's {@link StepInput}. */
final class HubSpotInput {
    static final int LONGEST_TEXT = 65_536;
    private static final Pattern OBJECT_ID = Pattern.compile("[0-9]{1,20}");
    private static final Pattern PROPERTY = Pattern.compile("[a-z][a-z0-9_]{0,99}");

    private HubSpotInput() {
    }

    static StepInput of(Map<String, Object> input) {
        return new StepInput(input, LONGEST_TEXT);
    }

    /** A HubSpot record id: digits, also when given as a number. */
    static Optional<String> objectId(StepInput input, String field, boolean required) {
        if (input.raw(field).orElse(null) instanceof Number) {
            return input.wholeNumber(field, required, 0, Long.MAX_VALUE).map(String::valueOf);
        }
        return input.matching(field, required, OBJECT_ID, "is not a HubSpot record id (digits)");
    }

    /** An instant as HubSpot's date-time properties take it ({@code 2026-11-30T12:00:00Z}). */
    static Optional<String> instant(StepInput input, String field) {
        return input.instant(field, false).map(Instant::toString);
    }

    /** More HubSpot properties by their internal names, each a text value. */
    static Map<String, String> properties(StepInput input, String field) {
        var properties = new LinkedHashMap<String, String>();
        Optional<Object> value = input.raw(field);
        if (value.isEmpty()) {
            return properties;
        }
        if (!(value.get() instanceof Map<?, ?> map)) {
            input.problem(field, "must be an object of property names and values");
            return properties;
        }
        map.forEach((name, propertyValue) -> {
            if (!PROPERTY.matcher(String.valueOf(name)).matches()) {
                input.problem(field + "." + name,
                        "is not a HubSpot property's internal name (lower case, digits, _)");
            } else if (propertyValue instanceof Map<?, ?> || propertyValue instanceof Iterable<?>) {
                input.problem(field + "." + name, "must be a text, number or boolean");
            } else {
                properties.put(String.valueOf(name), propertyValue == null ? "" : String.valueOf(propertyValue));
            }
        });
        return properties;
    }
}
