package dev.platina.workflow.engine.internal;

import java.time.ZoneId;
import java.util.Optional;

/** What starts a run: a person or the API, a platform event, a schedule, or a call to the workflow's webhook. */
sealed interface Trigger {

    record Manual() implements Trigger {
    }

    /** An event of {@code eventType}, optionally only those for which {@code filter} holds. */
    record Event(String eventType, Optional<String> filter) implements Trigger {
    }

    /** A cron schedule (five fields: minute hour day-of-month month day-of-week) in a time zone. */
    record Schedule(String cron, ZoneId timeZone) implements Trigger {
    }

    /** Inbound HTTP calls signed with the workflow's secret (HMAC-SHA256). */
    record Webhook() implements Trigger {
    }
}
