package dev.platina.ai.steps.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The offline engine's extraction: no understanding, only patterns. For each property of the schema it looks for a
 * labelled line ({@code Order number: A-17}), then the property's own {@code pattern}, then what its format or name
 * suggests (e-mail, phone, date, IBAN, amount). What it does not find stays out, never guessed.
 */
final class PatternExtraction {

    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    private static final Pattern PHONE = Pattern.compile("\\+?\\d[\\d ()/-]{6,}\\d");
    private static final Pattern DATE = Pattern.compile("\\b(\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}|"
            + "\\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \\d{4})\\b");
    private static final Pattern IBAN = Pattern.compile("\\b[A-Z]{2}\\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\\b");
    private static final Pattern NUMBER = Pattern.compile("(?<![\\w-])-?\\d+(?:[.,]\\d+)?");

    private PatternExtraction() {
    }

    record Result(Map<String, Object> data, List<String> missing) {
    }

    static Result extract(String text, Map<String, Object> schema) {
        if (!(schema.get("properties") instanceof Map<?, ?> properties) || properties.isEmpty()) {
            throw new IllegalArgumentException("The offline engine needs 'schema' with 'properties' to know what to"
                    + " look for.");
        }
        var data = new LinkedHashMap<String, Object>();
        var missing = new java.util.ArrayList<String>();
        properties.forEach((key, value) -> {
            String name = String.valueOf(key);
            Map<?, ?> property = value instanceof Map<?, ?> map ? map : Map.of();
            Optional<Object> found = find(text, name, property);
            if (found.isPresent()) {
                data.put(name, found.get());
            } else {
                missing.add(name);
            }
        });
        return new Result(data, missing);
    }

    private static Optional<Object> find(String text, String name, Map<?, ?> property) {
        String type = String.valueOf(property.get("type"));
        Optional<String> raw = labelled(text, name).or(() -> ownPattern(text, property)).or(() -> byKind(text, name,
                property));
        return raw.flatMap(value -> typed(value, type));
    }

    private static Optional<String> labelled(String text, String name) {
        String label = name.replaceAll("([a-z])([A-Z])", "$1 $2").replace('_', ' ').replace('-', ' ');
        Matcher matcher = Pattern.compile("(?im)(?<![\\w-])" + Pattern.quote(label).replace(" ", "\\E[ _-]?\\Q")
                + "(?![\\w-])[^:=\\n]{0,20}[:=]\\s*(.+?)\\s*$").matcher(text);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    private static Optional<String> ownPattern(String text, Map<?, ?> property) {
        if (!(property.get("pattern") instanceof String pattern)) {
            return Optional.empty();
        }
        try {
            Matcher matcher = Pattern.compile(pattern.replaceAll("^\\^|\\$$", "")).matcher(text);
            return matcher.find() ? Optional.of(matcher.group()) : Optional.empty();
        } catch (PatternSyntaxException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> byKind(String text, String name, Map<?, ?> property) {
        String format = String.valueOf(property.get("format"));
        String lower = name.toLowerCase(Locale.ROOT);
        Pattern pattern;
        if (format.equals("email") || lower.contains("email") || lower.contains("mail")) {
            pattern = EMAIL;
        } else if (format.startsWith("date") || lower.contains("date")) {
            pattern = DATE;
        } else if (lower.contains("iban")) {
            pattern = IBAN;
        } else if (lower.contains("phone") || lower.contains("mobile")) {
            pattern = PHONE;
        } else if (List.of("number", "integer").contains(String.valueOf(property.get("type")))
                && (lower.contains("amount") || lower.contains("total") || lower.contains("price"))) {
            pattern = NUMBER;
        } else {
            return Optional.empty();
        }
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? Optional.of(matcher.group().trim()) : Optional.empty();
    }

    private static Optional<Object> typed(String value, String type) {
        if (type.equals("number") || type.equals("integer")) {
            Matcher matcher = NUMBER.matcher(value.replaceAll("(?<=\\d)[ ,](?=\\d{3}\\b)", ""));
            if (!matcher.find()) {
                return Optional.empty();
            }
            String number = matcher.group().replace(',', '.');
            return Optional.of(type.equals("integer") ? (Object) Long.parseLong(number.split("\\.")[0])
                    : (Object) Double.parseDouble(number));
        }
        if (type.equals("boolean")) {
            String lower = value.toLowerCase(Locale.ROOT);
            return lower.matches("yes|true|y|1") ? Optional.of(true) : lower.matches("no|false|n|0") ? Optional.of(
                    false) : Optional.empty();
        }
        return Optional.of(value);
    }
}
