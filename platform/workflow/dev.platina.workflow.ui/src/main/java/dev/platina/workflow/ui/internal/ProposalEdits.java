package dev.platina.workflow.ui.internal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an approver changed in a proposal's fields: only the parameters whose text differs from the proposal, a
 * number again where the proposal had a number. Parameters that are not text or numbers are shown, not edited.
 */
final class ProposalEdits {

    private ProposalEdits() {
    }

    /** Whether the inbox offers a field for this value. */
    static boolean editable(Object value) {
        return value instanceof String || value instanceof Number;
    }

    static String text(Object value) {
        return value instanceof BigDecimal decimal ? decimal.toPlainString() : String.valueOf(value);
    }

    /**
     * The edits, by parameter.
     *
     * @throws IllegalArgumentException naming the parameter when a number field holds something else
     */
    static Map<String, Object> changed(Map<String, Object> proposal, Map<String, String> typed) {
        var edits = new LinkedHashMap<String, Object>();
        typed.forEach((name, text) -> {
            Object original = proposal.get(name);
            if (!editable(original) || text(original).equals(text)) {
                return;
            }
            if (original instanceof Number) {
                try {
                    edits.put(name, new BigDecimal(text.trim()));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("'" + name + "' must be a number, like " + text(original));
                }
            } else {
                edits.put(name, text);
            }
        });
        return edits;
    }

    /** The proposal in plain words, one "name: value" line per parameter. */
    static String describe(String name, Object value) {
        return name + ": " + text(value);
    }
}
