package dev.platina.workflow.engine.internal.cron;

import java.util.List;
import java.util.Locale;

/** One of the five fields of a cron expression, with its range and, for month and weekday, its names. */
enum CronField {
    MINUTE(1, "minute", 0, 59, List.of()),
    HOUR(2, "hour", 0, 23, List.of()),
    DAY_OF_MONTH(3, "day-of-month", 1, 31, List.of()),
    MONTH(4, "month", 1, 12, List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV",
            "DEC")),
    // 0 and 7 are both Sunday, as in classic cron.
    DAY_OF_WEEK(5, "day-of-week", 0, 7, List.of("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"));

    private final int position;
    private final String label;
    private final int min;
    private final int max;
    private final List<String> names;

    CronField(int position, String label, int min, int max, List<String> names) {
        this.position = position;
        this.label = label;
        this.min = min;
        this.max = max;
        this.names = names;
    }

    int min() {
        return min;
    }

    int max() {
        return max;
    }

    /** The field's values as a bit set (bit n = value n). */
    long parse(String text) {
        long bits = 0;
        for (String element : text.split(",", -1)) {
            bits |= element(element);
        }
        if (this == DAY_OF_WEEK && (bits & (1L << 7)) != 0) {
            bits = (bits & ~(1L << 7)) | 1L;
        }
        return bits;
    }

    private long element(String element) {
        if (element.isEmpty()) {
            throw problem("an empty list element; separate values with single commas");
        }
        String range = element;
        int step = 1;
        int slash = element.indexOf('/');
        boolean stepped = slash >= 0;
        if (stepped) {
            range = element.substring(0, slash);
            step = number(element.substring(slash + 1), "step");
            if (step < 1) {
                throw problem("step " + step + " must be at least 1");
            }
        }
        int from;
        int to;
        if (range.equals("*")) {
            from = min;
            to = max;
        } else if (range.indexOf('-') > 0) {
            int dash = range.indexOf('-');
            from = value(range.substring(0, dash));
            to = value(range.substring(dash + 1));
            if (to < from) {
                throw problem("range " + range + " goes backwards; write it as two ranges, e.g. " + range.substring(0,
                        dash) + "-" + max + "," + min + "-" + range.substring(dash + 1));
            }
        } else {
            from = value(range);
            // "5/15" means from 5 to the end in steps of 15, as in Vixie cron.
            to = stepped ? max : from;
        }
        long bits = 0;
        for (int value = from; value <= to; value += step) {
            bits |= 1L << value;
        }
        return bits;
    }

    private int value(String text) {
        int index = names.indexOf(text.toUpperCase(Locale.ROOT));
        if (index >= 0) {
            return index + (this == MONTH ? 1 : 0);
        }
        int value = number(text, "value");
        if (value < min || value > max) {
            throw problem(value + " is out of range " + min + "-" + max);
        }
        return value;
    }

    private int number(String text, String what) {
        if (!text.isEmpty() && text.length() <= 4 && text.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(text);
        }
        String expected = what.equals("step") ? "a number" : names.isEmpty() ? "a number, * or a range"
                : "a number or a name (" + names.get(0) + "-" + names.get(names.size() - 1) + ")";
        throw problem("'" + text + "' is not " + expected);
    }

    CronSyntaxException problem(String message) {
        return new CronSyntaxException("field " + position + " (" + label + "): " + message);
    }
}
