package dev.platina.ai.trust.internal;

import java.util.Locale;
import java.util.Set;

/**
 * Reads a personal name as written after a salutation, in a signature or a mail header: one to four capitalised
 * words ({@code Zoë}, {@code Müller-Lüdenscheidt}, {@code O'Brien}, initials like {@code J.}), lower-case particles
 * between them ({@code Ludwig van Beethoven}), on one line. Words that open or close letters or address groups
 * ({@code Team}, {@code Customer}, {@code Sir}, {@code Damen}) are not names. Every step is bounded, so reading
 * from any position costs a constant.
 */
final class NameWords {

    static final int MAX_WORDS = 4;
    private static final int MAX_WORD_LENGTH = 40;
    private static final int MAX_BLANKS = 4;

    private static final Set<String> PARTICLES = Set.of(
            "van", "von", "der", "den", "de", "da", "di", "du", "del", "della", "la", "le", "ten", "ter", "zu", "bin",
            "al", "el", "y");

    private static final Set<String> NOT_NAMES = Set.of(
            // addressing groups or roles
            "sir", "sirs", "madam", "madame", "customer", "customers", "client", "team", "all", "everyone",
            "everybody", "colleague", "colleagues", "friend", "friends", "folks", "guys", "there", "support", "sales",
            "service", "admin", "user", "users", "world", "damen", "herren", "kunde", "kundin", "kunden", "zusammen",
            "leute", "kollegen", "kolleginnen", "team's",
            // words that follow a salutation or a closing instead of a name
            "and", "or", "the", "a", "an", "my", "our", "your", "you", "i", "we", "he", "she", "they", "it", "me",
            "und", "oder", "ich", "wir", "sie", "es", "thanks", "thank", "regards", "best", "cheers", "please",
            "good", "morning", "afternoon", "evening", "again", "guten", "tag", "morgen", "abend", "grüße", "gruß",
            "gruss", "grüsse", "mit", "freundlichen", "sincerely", "yours", "kind", "warm", "many", "sorry", "yes",
            "no", "ok", "okay", "just", "welcome",
            // salutations and titles themselves
            "dear", "hi", "hello", "hey", "hallo", "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "herr", "frau");

    private NameWords() {}

    /** The end of the name starting exactly at {@code pos}, or -1 if none starts there. */
    static int nameEnd(String text, int pos) {
        int end = -1;
        int words = 0;
        int p = pos;
        while (words < MAX_WORDS) {
            int wordEnd = capitalisedWordEnd(text, p);
            if (wordEnd < 0 && words > 0) {
                wordEnd = particleThenWordEnd(text, p);
            }
            if (wordEnd < 0) {
                break;
            }
            end = wordEnd;
            words++;
            int next = skipBlanks(text, wordEnd);
            if (next == wordEnd) {
                break;
            }
            p = next;
        }
        return end;
    }

    /** Whether the whole of {@code text[start, end)} is a name. */
    static boolean isName(String text, int start, int end) {
        return nameEnd(text, start) == end;
    }

    /** Skips up to a few spaces or tabs (never a line break). */
    static int skipBlanks(String text, int pos) {
        int p = pos;
        while (p < text.length() && p - pos < MAX_BLANKS && isBlank(text.charAt(p))) {
            p++;
        }
        return p;
    }

    static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0';
    }

    static boolean isWordChar(char c) {
        int type = Character.getType(c);
        return Character.isLetterOrDigit(c)
                || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    /** A capitalised word or an initial at {@code pos} that is not a known non-name; its end, or -1. */
    private static int capitalisedWordEnd(String text, int pos) {
        if (pos >= text.length() || !isCapital(text.charAt(pos))) {
            return -1;
        }
        int end = letterRunEnd(text, pos);
        if (end < 0) {
            return -1;
        }
        if (end == pos + 1) {
            // a single capital: only as an initial, "J."
            return end < text.length() && text.charAt(end) == '.' ? end + 1 : -1;
        }
        if (NOT_NAMES.contains(text.substring(pos, end).toLowerCase(Locale.ROOT))) {
            return -1;
        }
        return end;
    }

    private static int particleThenWordEnd(String text, int pos) {
        int end = letterRunEnd(text, pos);
        if (end < 0 || !PARTICLES.contains(text.substring(pos, end))) {
            return -1;
        }
        int next = skipBlanks(text, end);
        return next > end ? capitalisedWordEnd(text, next) : -1;
    }

    /**
     * The end of the letters at {@code pos}, joined by single hyphens or apostrophes; -1 if the run is too long or
     * runs into digits or underscores, which names do not contain.
     */
    private static int letterRunEnd(String text, int pos) {
        int p = pos;
        while (p < text.length() && p - pos <= MAX_WORD_LENGTH) {
            char c = text.charAt(p);
            if (isWordChar(c) && !Character.isDigit(c)) {
                p++;
            } else if (isJoiner(c) && p > pos && p + 1 < text.length() && Character.isLetter(text.charAt(p + 1))) {
                p++;
            } else {
                break;
            }
        }
        if (p == pos || p - pos > MAX_WORD_LENGTH) {
            return -1;
        }
        if (p - pos > 3 && (text.charAt(p - 1) == 's' || text.charAt(p - 1) == 'S') && isJoiner(text.charAt(p - 2))) {
            p -= 2; // Jane's: the name is Jane
        }
        boolean cleanEnd = p == text.length() || (!Character.isDigit(text.charAt(p)) && text.charAt(p) != '_');
        return cleanEnd ? p : -1;
    }

    private static boolean isJoiner(char c) {
        return c == '-' || c == '\'' || c == '\u2019';
    }

    private static boolean isCapital(char c) {
        return Character.isUpperCase(c) || Character.isTitleCase(c);
    }
}
