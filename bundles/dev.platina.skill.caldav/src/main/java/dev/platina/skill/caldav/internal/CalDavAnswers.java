package dev.platina.skill.caldav.internal;

import dev.platina.integration.api.CallResult;
import dev.platina.integration.api.VendorAnswer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads what a CalDAV server said when it did not do what was asked. */
final class CalDavAnswers {
    /** An RFC 4791 / RFC 4918 precondition element in a {@code DAV:error} body, such as {@code no-uid-conflict}. */
    private static final Pattern PRECONDITION = Pattern.compile(
            "<(?:[A-Za-z0-9]+:)?error[^>]*>\\s*<(?:[A-Za-z0-9]+:)?([A-Za-z-]+)");

    private CalDavAnswers() {
    }

    /** ": <what the server said>" in a line, markup dropped, or "" when it said nothing. */
    static String said(VendorAnswer answer) {
        String words = answer.body().replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").strip();
        if (words.isEmpty()) {
            Matcher precondition = PRECONDITION.matcher(answer.body());
            words = precondition.find() ? precondition.group(1) : "";
        }
        if (words.length() > 200) {
            words = words.substring(0, 200) + "...";
        }
        return words.isEmpty() ? "" : ": " + words;
    }

    /**
     * A failed answer as a delivery result. Beyond the kit's usual reading: a 403 that names a CalDAV precondition
     * (a UID used by another resource, a calendar that refuses the data) and a 409 (the collection is missing) are
     * refusals of this request, not of the credentials, and waiting will not change them.
     */
    static CallResult failure(VendorAnswer answer) {
        String message = CalDavConnector.NAME + " answered " + answer.status() + said(answer);
        if (answer.status() == 403 && PRECONDITION.matcher(answer.body()).find() || answer.status() == 409) {
            return CallResult.refused(message);
        }
        return answer.failure(CalDavConnector.NAME, said(answer).replaceFirst("^: ", ""));
    }
}
