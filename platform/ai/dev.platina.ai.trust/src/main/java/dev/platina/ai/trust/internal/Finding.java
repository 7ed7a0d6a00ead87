package dev.platina.ai.trust.internal;

/** A span {@code [start, end)} of the text that holds personal data of one kind. */
record Finding(int start, int end, PiiKind kind) {

    Finding {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("Empty or negative span " + start + ".." + end);
        }
    }

    boolean overlaps(Finding other) {
        return start < other.end && other.start < end;
    }

    String value(String text) {
        return text.substring(start, end);
    }
}
