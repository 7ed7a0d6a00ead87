package dev.platina.skill.email.internal;

import jakarta.mail.Session;

/**
 * Runs mail work with the mail bundle's class loader as the thread's context class loader. Jakarta Mail looks up its
 * stream provider and provider lists through the context class loader; in OSGi the kit's poller and the outbox
 * relay run on threads whose loader sees neither, and the lookup fails with "no provider". The mail bundle
 * (org.eclipse.angus.jakarta.mail) holds the API and Angus together, so its own loader finds everything.
 */
final class MailClassLoader {

    /** Mail work that may fail like mail calls do. */
    @FunctionalInterface
    interface MailWork<T> {
        T run() throws Exception;
    }

    private MailClassLoader() {
    }

    static <T> T call(MailWork<T> work) throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(Session.class.getClassLoader());
        try {
            return work.run();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
