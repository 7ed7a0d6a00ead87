package dev.platina.workflow.ui.internal.builder;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The approval policy's confidence rule as one line a workflow author writes: actions and the confidence each must
 * reach to be approved without people, e.g. {@code note 0.9, crm.note.add 85%}. {@code *} stands for every other
 * action.
 */
final class ConfidenceThresholds {

    private ConfidenceThresholds() {
    }

    static String show(Object thresholds) {
        if (!(thresholds instanceof Map<?, ?> map)) {
            return "";
        }
        return map.entrySet().stream().map(e -> e.getKey() + " " + new BigDecimal(String.valueOf(e.getValue()))
                .stripTrailingZeros().toPlainString()).collect(Collectors.joining(", "));
    }

    /** The thresholds by action; empty text means none (everything waits for people). */
    static Map<String, Object> read(String text) {
        var thresholds = new LinkedHashMap<String, Object>();
        for (String part : text.split(",")) {
            String entry = part.strip();
            if (entry.isEmpty()) {
                continue;
            }
            String[] words = entry.split("\\s*[:=]\\s*|\\s+");
            if (words.length != 2) {
                throw new IllegalArgumentException("Write each as an action and a confidence, e.g. 'note 0.9'");
            }
            thresholds.put(words[0], confidence(words[1]));
        }
        return thresholds;
    }

    private static BigDecimal confidence(String text) {
        try {
            BigDecimal value = text.endsWith("%") ? new BigDecimal(text.substring(0, text.length() - 1))
                    .movePointLeft(2) : new BigDecimal(text);
            if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
                throw new IllegalArgumentException("'" + text + "' is not a confidence from 0 to 1 (or 0% to 100%)");
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a confidence from 0 to 1 (or 0% to 100%)");
        }
    }
}
