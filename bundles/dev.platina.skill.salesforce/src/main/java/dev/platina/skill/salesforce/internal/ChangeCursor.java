package dev.platina.skill.salesforce.internal;

import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;

/**
 * Where a change stream stands: the {@code SystemModstamp} and {@code Id} of the last record read, in the order
 * the query sorts by. Written as {@code 2026-11-21T23:00:01.250Z|00Q5e00000AbCdEFGH} (the id is empty before the
 * first record).
 */
record ChangeCursor(Instant stamp, String id) implements Comparable<ChangeCursor> {
    private static final Comparator<ChangeCursor> ORDER = Comparator.comparing(ChangeCursor::stamp)
            .thenComparing(ChangeCursor::id);

    static Optional<ChangeCursor> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        int bar = text.indexOf('|');
        if (bar < 0) {
            return Optional.empty();
        }
        return SalesforceTime.parse(text.substring(0, bar)).map(at -> new ChangeCursor(at, text.substring(bar + 1)));
    }

    String text() {
        return stamp + "|" + id;
    }

    @Override
    public int compareTo(ChangeCursor other) {
        return ORDER.compare(this, other);
    }
}
