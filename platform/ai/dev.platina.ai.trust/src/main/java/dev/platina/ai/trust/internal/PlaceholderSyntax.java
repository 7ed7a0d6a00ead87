package dev.platina.ai.trust.internal;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What counts as a placeholder. {@code unmask} accepts exactly these forms, and {@code mask} treats the same forms
 * in its input as literal text to protect, so a placeholder the caller wrote can never be mistaken for ours.
 *
 * <p>Accepted: {@code [EMAIL_1]} and the same with the kind in any letter case ({@code [email_1]}, {@code
 * [Email_1]}), because models sometimes change case. Not accepted: missing brackets ({@code EMAIL_1} is too easily
 * an identifier in code), other separators ({@code [EMAIL 1]}) or spaces inside the brackets.
 */
final class PlaceholderSyntax {

    /** Bounded quantifiers only: a failed match costs a constant number of steps. */
    static final Pattern PATTERN =
            Pattern.compile("\\[(EMAIL|PHONE|IBAN|CARD|NAME|TEXT)_([0-9]{1,9})]", Pattern.CASE_INSENSITIVE);

    private PlaceholderSyntax() {}

    /** The form in which this session issued the placeholder the match stands for. */
    static String canonical(Matcher match) {
        return "[" + match.group(1).toUpperCase(Locale.ROOT) + "_" + match.group(2) + "]";
    }
}
