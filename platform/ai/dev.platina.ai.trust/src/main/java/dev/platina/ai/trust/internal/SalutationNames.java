package dev.platina.ai.trust.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Names after a salutation or a title: {@code Dear Jane Doe}, {@code Hi, Zoë}, {@code Hello Mr. Smith}, {@code Sehr
 * geehrte Frau Dr. Müller-Lüdenscheidt}, {@code Herr Meier}. The salutation or title stays in the text; only the name
 * is masked. Salutations are matched in any case, titles only capitalised ({@code ms} is a unit).
 */
final class SalutationNames {

    private static final Set<String> SALUTATIONS = Set.of("dear", "hi", "hello", "hey", "hallo", "dearest");
    private static final Set<String> TITLES = Set.of("Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Herr", "Frau");
    private static final int MAX_TITLES = 3;
    private static final int MAX_TRIGGER_LENGTH = 7;

    private SalutationNames() {}

    static List<Finding> find(String text) {
        List<Finding> found = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (!NameWords.isWordChar(text.charAt(i))) {
                i++;
                continue;
            }
            int wordEnd = wordEnd(text, i, text.length());
            String word = wordEnd - i <= MAX_TRIGGER_LENGTH ? text.substring(i, wordEnd) : "";
            boolean salutation = SALUTATIONS.contains(word.toLowerCase(Locale.ROOT));
            if (salutation || TITLES.contains(word)) {
                Finding name = nameAfter(text, afterTrigger(text, wordEnd, salutation));
                if (name != null) {
                    found.add(name);
                }
            }
            i = wordEnd;
        }
        return found;
    }

    /** The name after the trigger, past any further titles ({@code Frau Prof. Dr. Meier}). */
    private static Finding nameAfter(String text, int pos) {
        if (pos < 0) {
            return null;
        }
        int p = pos;
        for (int titles = 0; titles < MAX_TITLES; titles++) {
            int end = wordEnd(text, p, MAX_TRIGGER_LENGTH + 1);
            if (end == p || !TITLES.contains(text.substring(p, end))) {
                break;
            }
            int next = afterTrigger(text, end, false);
            if (next < 0) {
                return null;
            }
            p = next;
        }
        int end = NameWords.nameEnd(text, p);
        return end > p ? new Finding(p, end, PiiKind.NAME) : null;
    }

    /** Past the trigger's full stop or comma and the blanks after it; -1 if no blank follows. */
    private static int afterTrigger(String text, int end, boolean salutation) {
        int p = end;
        if (p < text.length() && (text.charAt(p) == '.' || (salutation && text.charAt(p) == ','))) {
            p++;
        }
        int next = NameWords.skipBlanks(text, p);
        return next > p ? next : -1;
    }

    private static int wordEnd(String text, int pos, int maxLength) {
        int p = pos;
        while (p < text.length() && p - pos < maxLength && NameWords.isWordChar(text.charAt(p))) {
            p++;
        }
        return p;
    }
}
