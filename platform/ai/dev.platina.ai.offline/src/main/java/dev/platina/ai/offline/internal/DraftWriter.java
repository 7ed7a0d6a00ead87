package dev.platina.ai.offline.internal;

import dev.platina.ai.api.ActionTemplate;
import dev.platina.ai.api.PastCase;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the reply draft: a past case's approved draft with that case's parameter values swapped for the new case's
 * fields, or the skill's template with its {@code {placeholders}} filled. A value of the old case that the new one
 * has no field for becomes a {@code {placeholder}} rather than staying: a draft must not carry one customer's
 * details to another.
 */
final class DraftWriter {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_.-]+)}");

    /** The text, the parameters it was written for, and the placeholders left for a human to fill. */
    record Draft(String text, Map<String, String> parameters, Set<String> unfilled) {
    }

    private DraftWriter() {
    }

    static Draft fromCase(PastCase pastCase, Map<String, String> fields) {
        String text = pastCase.draft();
        // Longest values first, so that "Anna Maria" is replaced before "Anna".
        var byLength = pastCase.parameters().entrySet().stream()
                .filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .sorted(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getValue().length()).reversed())
                .toList();
        for (Map.Entry<String, String> old : byLength) {
            String replacement = fields.containsKey(old.getKey()) ? fields.get(old.getKey()) : "{" + old.getKey() + "}";
            text = wholeWord(old.getValue()).matcher(text).replaceAll(Matcher.quoteReplacement(replacement));
        }
        return fill(text, pastCase.parameters().keySet(), fields);
    }

    static Draft fromTemplate(ActionTemplate template, Map<String, String> fields) {
        return fill(template.draftTemplate(), Set.of(), fields);
    }

    private static Draft fill(String text, Set<String> keys, Map<String, String> fields) {
        Set<String> wanted = new LinkedHashSet<>(keys);
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            wanted.add(m.group(1));
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        Set<String> unfilled = new LinkedHashSet<>();
        for (String key : wanted) {
            if (fields.containsKey(key)) {
                parameters.put(key, fields.get(key));
            } else {
                unfilled.add(key);
            }
        }
        String filled = PLACEHOLDER.matcher(text).replaceAll(r -> Matcher.quoteReplacement(
                fields.getOrDefault(r.group(1), r.group())));
        return new Draft(filled, parameters, unfilled);
    }

    private static Pattern wholeWord(String value) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(value) + "(?![\\p{L}\\p{N}])");
    }
}
