package dev.platina.notification.email.internal;

/** The subject and the two renderings of one notification e-mail. */
record EmailContent(String subject, String text, String html) {
}
