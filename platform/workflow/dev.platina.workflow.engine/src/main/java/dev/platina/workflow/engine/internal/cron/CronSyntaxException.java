package dev.platina.workflow.engine.internal.cron;

/** A cron expression that cannot be read; the message names the field and what is wrong with it. */
public final class CronSyntaxException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    CronSyntaxException(String message) {
        super(message);
    }
}
