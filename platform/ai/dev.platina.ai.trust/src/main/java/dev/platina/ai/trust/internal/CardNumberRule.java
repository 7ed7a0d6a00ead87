package dev.platina.ai.trust.internal;

/**
 * When a {@link NumberRun} is a payment card number: 13 to 19 digits, joined by nothing, single spaces or dashes
 * only, no {@code +} or parentheses, and a valid Luhn check digit. Any such number is masked, whatever its issuer
 * prefix; about one in ten random numbers of that length pass the Luhn check, so a long order or tracking number is
 * sometimes masked as a card.
 */
final class CardNumberRule {

    private CardNumberRule() {}

    static boolean matches(NumberRun run) {
        if (run.tooLong() || run.plus() || run.hasParentheses()) {
            return false;
        }
        for (NumberRun.Group group : run.groups()) {
            char separator = group.separator();
            if (separator != 0 && separator != ' ' && separator != '-' && separator != '\u00A0') {
                return false;
            }
        }
        String digits = run.digits();
        return digits.length() >= 13 && digits.length() <= 19 && passesLuhn(digits);
    }

    static boolean passesLuhn(String digits) {
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int digit = digits.charAt(i) - '0';
            if (doubled) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }
}
