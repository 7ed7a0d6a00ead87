package dev.platina.notification.email.internal;

import dev.platina.notification.api.BrandDirectory;
import java.util.Optional;

/** The subject and the two renderings of one notification e-mail, with the logo the HTML shows inline. */
record EmailContent(String subject, String text, String html, Optional<BrandDirectory.Logo> logo) {

    EmailContent(String subject, String text, String html) {
        this(subject, text, html, Optional.empty());
    }
}
