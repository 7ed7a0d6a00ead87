package dev.platina.ai.trust.internal;

import dev.platina.ai.api.MaskingSession;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * One conversation's placeholders. Thread-safe: calls on one session are serialised, so two threads masking
 * messages of the same conversation still get one numbering. {@code mask(null)} and {@code unmask(null)} return
 * {@code null}.
 */
final class PlaceholderSession implements MaskingSession {

    private final PlaceholderTable table = new PlaceholderTable();
    private final KnownNames knownNames = new KnownNames();

    @Override
    public synchronized String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        List<Finding> findings = PiiDetector.detect(text, knownNames);
        StringBuilder masked = new StringBuilder(text.length());
        int copied = 0;
        for (Finding finding : findings) {
            masked.append(text, copied, finding.start())
                    .append(table.placeholderFor(finding.kind(), finding.value(text)));
            copied = finding.end();
        }
        return masked.append(text, copied, text.length()).toString();
    }

    /** One pass: an original that itself looks like a placeholder is put back as it was, never resolved again. */
    @Override
    public synchronized String unmask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        Matcher match = PlaceholderSyntax.PATTERN.matcher(text);
        StringBuilder unmasked = new StringBuilder(text.length());
        while (match.find()) {
            String original = table.original(PlaceholderSyntax.canonical(match));
            match.appendReplacement(unmasked, Matcher.quoteReplacement(original != null ? original : match.group()));
        }
        match.appendTail(unmasked);
        return unmasked.toString();
    }

    @Override
    public synchronized Map<String, String> placeholders() {
        return table.snapshot();
    }

    /** Counts only: a session that ends up in a log line must not carry the originals there. */
    @Override
    public synchronized String toString() {
        return "MaskingSession" + table.counts();
    }
}
