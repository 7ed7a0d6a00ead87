package dev.platina.skill.salesforce.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Salesforce's date-times: answers carry {@code 2026-11-21T23:00:01.000+0000}; SOQL takes literals such as
 * {@code 2026-11-21T23:00:01Z} (whole seconds); Platina's events and inputs use ISO-8601 instants.
 */
final class SalesforceTime {
    private static final DateTimeFormatter ANSWER = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSxx");
    private static final DateTimeFormatter SOQL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

    private SalesforceTime() {
    }

    /** Either form; empty when it is neither. */
    static Optional<Instant> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String value = text.strip();
        try {
            return Optional.of(OffsetDateTime.parse(value, ANSWER).toInstant());
        } catch (DateTimeParseException e) {
            try {
                return Optional.of(OffsetDateTime.parse(value).toInstant());
            } catch (DateTimeParseException again) {
                return Optional.empty();
            }
        }
    }

    /** As Salesforce writes it (for the test peer and for comparisons in words). */
    static String answer(Instant instant) {
        return ANSWER.format(instant.truncatedTo(ChronoUnit.MILLIS).atOffset(ZoneOffset.UTC));
    }

    /** A SOQL literal for the whole second at or before {@code instant}. */
    static String soqlAtOrBefore(Instant instant) {
        return SOQL.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }
}
