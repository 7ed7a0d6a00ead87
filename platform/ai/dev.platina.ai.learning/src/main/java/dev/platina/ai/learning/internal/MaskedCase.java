package dev.platina.ai.learning.internal;

import dev.platina.ai.api.MaskingSession;
import dev.platina.ai.api.PiiMasker;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A case's text, parameters and draft masked in one session, so one person's e-mail address is the same
 * placeholder in all three, with the session's placeholder table (which holds the originals: seal it or drop it).
 */
record MaskedCase(String text, Map<String, String> parameters, String draft, Map<String, String> placeholders) {

    /** Anything shaped like {@code [KIND_n]}; only placeholders of the case's own table are replaced. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\[[A-Za-z]{1,10}_[0-9]{1,9}]");

    MaskedCase {
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        placeholders = Map.copyOf(placeholders);
    }

    /** Masks text, then parameters in their order, then draft: the text numbers the placeholders first. */
    static MaskedCase mask(PiiMasker masker, String text, Map<String, String> parameters, String draft) {
        MaskingSession session = masker.session();
        return new MaskedCase(session.mask(text), maskAll(session, parameters), session.mask(draft),
                session.placeholders());
    }

    static Map<String, String> maskAll(MaskingSession session, Map<String, String> values) {
        var masked = new LinkedHashMap<String, String>();
        values.forEach((name, value) -> masked.put(name, session.mask(value)));
        return masked;
    }

    /** The originals back in {@code masked}, in one pass, from a placeholder table kept sealed since masking. */
    static String unmask(String masked, Map<String, String> placeholders) {
        Matcher match = PLACEHOLDER.matcher(masked);
        var unmasked = new StringBuilder(masked.length());
        while (match.find()) {
            match.appendReplacement(unmasked, Matcher.quoteReplacement(placeholders.getOrDefault(match.group(),
                    match.group())));
        }
        return match.appendTail(unmasked).toString();
    }

    static Map<String, String> unmaskAll(Map<String, String> masked, Map<String, String> placeholders) {
        var unmasked = new LinkedHashMap<String, String>();
        masked.forEach((name, value) -> unmasked.put(name, unmask(value, placeholders)));
        return unmasked;
    }

    /** Never the placeholder table: a case that ends up in a log must not carry the originals there. */
    @Override
    public String toString() {
        return "MaskedCase[" + placeholders.size() + " placeholders]";
    }
}
