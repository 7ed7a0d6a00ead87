package dev.platina.skill.caldav.internal;

import dev.platina.integration.api.VendorAnswer;
import java.io.IOException;

/** A CalDAV server's answer other than the one expected, worded for the administrator. */
final class CalDavException extends IOException {
    private static final long serialVersionUID = 1L;

    CalDavException(VendorAnswer answer) {
        super("The CalDAV server answered " + answer.status() + CalDavAnswers.said(answer));
    }
}
