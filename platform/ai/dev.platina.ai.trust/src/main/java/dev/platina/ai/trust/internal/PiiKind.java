package dev.platina.ai.trust.internal;

import java.util.Locale;

/**
 * What a placeholder stands for. The declaration order is the priority when two findings overlap: a literal that
 * looks like a placeholder wins over everything, an e-mail address over the digits in it, and so on down to names.
 */
enum PiiKind {
    /** Text in the input that looks like one of our placeholders: masked too, so it cannot be confused with one. */
    TEXT,
    EMAIL,
    IBAN,
    PHONE,
    CARD,
    NAME;

    String placeholder(int number) {
        return "[" + name() + "_" + number + "]";
    }

    /** The form under which two spellings of one value share a placeholder. */
    String key(String value) {
        return switch (this) {
            case EMAIL -> value.toLowerCase(Locale.ROOT);
            case IBAN -> value.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
            case CARD -> value.replaceAll("\\D", "");
            case PHONE -> value.replaceAll("[^+0-9]", "");
            case TEXT, NAME -> value;
        };
    }
}
