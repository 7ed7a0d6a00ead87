package dev.platina.ai.steps.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills {@code {name}} placeholders in texts, and in the texts inside a parameters template, from the case's
 * fields and the draft. A placeholder without a value stays as written, so a reviewer sees what is missing.
 */
final class TemplateFiller {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_.-]{0,60})}");

    private TemplateFiller() {
    }

    static String fill(String template, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        var filled = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            matcher.appendReplacement(filled, Matcher.quoteReplacement(value == null ? matcher.group() : value));
        }
        matcher.appendTail(filled);
        return filled.toString();
    }

    static Map<String, Object> fill(Map<String, Object> template, Map<String, String> values) {
        var filled = new LinkedHashMap<String, Object>();
        template.forEach((key, value) -> filled.put(key, fillValue(value, values)));
        return filled;
    }

    @SuppressWarnings("unchecked")
    private static Object fillValue(Object value, Map<String, String> values) {
        if (value instanceof String text) {
            return fill(text, values);
        }
        if (value instanceof Map<?, ?> map) {
            return fill((Map<String, Object>) map, values);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(item -> fillValue(item, values)).toList();
        }
        return value;
    }
}
