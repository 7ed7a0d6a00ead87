package dev.platina.ai.learning.internal;

import java.sql.SQLException;

/** A failure named for a log line without its messages, which could quote masked or unmasked case content. */
final class Failures {

    private Failures() {
    }

    static String describe(Throwable failure) {
        var text = new StringBuilder(failure.getClass().getName());
        for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
            text.append(" <- ").append(cause.getClass().getName());
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                text.append(" (SQLSTATE ").append(sql.getSQLState()).append(')');
            }
        }
        return text.toString();
    }
}
