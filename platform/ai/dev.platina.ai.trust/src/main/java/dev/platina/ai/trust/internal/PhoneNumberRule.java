package dev.platina.ai.trust.internal;

import java.util.List;

/**
 * When a {@link NumberRun} is a phone number. Only three shapes count, because a bare run of digits is as likely an
 * order number, an amount or a date:
 * <ul>
 *   <li>international: a leading {@code +} (first digit not 0) and 8 to 15 digits, not counting a trunk
 *       {@code (0)}: {@code +49 30 1234567}, {@code +44 (0)20 7946 0958}; or {@code 00} and a country code, 10 to
 *       17 digits: {@code 0049 30 1234567};
 *   <li>national with a trunk prefix: a 0, then a non-zero digit, 9 to 12 digits in all: {@code 0171 2345678},
 *       {@code 030/1234567}, {@code (030) 1234567}, {@code 01 23 45 67 89}; a run that starts like a date
 *       ({@code 05.03.2026 10}) is not one;
 *   <li>North American: groups 3-3-4, area code first digit 2-9, written with the area code in parentheses or one
 *       repeated separator, optionally after a {@code 1}: {@code (555) 123-4567}, {@code 555-123-4567},
 *       {@code 1-800-555-0199}. Ten digits in one block ({@code 5551234567}) are not taken for a phone number.
 * </ul>
 */
final class PhoneNumberRule {

    private PhoneNumberRule() {}

    static boolean matches(NumberRun run) {
        if (run.tooLong()) {
            return false;
        }
        if (run.plus()) {
            return isInternational(run);
        }
        String digits = run.digits();
        if (digits.startsWith("00")) {
            return !run.hasParentheses() && digits.charAt(2) != '0' && between(digits.length(), 10, 17);
        }
        if (digits.startsWith("0")) {
            return digits.length() > 1 && digits.charAt(1) != '0' && between(digits.length(), 9, 12)
                    && !startsLikeDate(run.groups());
        }
        return isNorthAmerican(run.groups());
    }

    private static boolean isInternational(NumberRun run) {
        String digits = run.digits();
        int trunk = 0;
        for (NumberRun.Group group : run.groups()) {
            if (group.parenthesized() && group.digits().equals("0")) {
                trunk++;
            }
        }
        return digits.charAt(0) != '0' && between(digits.length() - trunk, 8, 15);
    }

    private static boolean isNorthAmerican(List<NumberRun.Group> groups) {
        List<NumberRun.Group> local = groups;
        if (groups.size() == 4 && groups.get(0).digits().equals("1") && !groups.get(0).parenthesized()) {
            local = groups.subList(1, 4);
        }
        if (local.size() != 3
                || local.get(0).digits().length() != 3
                || local.get(1).digits().length() != 3
                || local.get(2).digits().length() != 4
                || local.get(1).parenthesized()
                || local.get(2).parenthesized()
                || local.get(0).digits().charAt(0) < '2') {
            return false;
        }
        char second = local.get(1).separator();
        char third = local.get(2).separator();
        boolean separatorsOk = second != '/' && third != '/' && third != 0;
        return separatorsOk && (local.get(0).parenthesized() || second == third);
    }

    /** d.m.yyyy, m/d/yy, dd-mm-yyyy and the like at the start: a date, perhaps followed by a time. */
    private static boolean startsLikeDate(List<NumberRun.Group> groups) {
        if (groups.size() < 3) {
            return false;
        }
        char separator = groups.get(1).separator();
        int yearLength = groups.get(2).digits().length();
        return (separator == '.' || separator == '/' || separator == '-')
                && groups.get(2).separator() == separator
                && groups.get(0).digits().length() <= 2
                && groups.get(1).digits().length() <= 2
                && (yearLength == 2 || yearLength == 4)
                && (groups.size() == 3 || groups.get(3).separator() != separator);
    }

    private static boolean between(int value, int min, int max) {
        return value >= min && value <= max;
    }
}
