package dev.platina.ai.ui.internal;

import dev.platina.ai.api.AiUsage;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.OptionalLong;

/** This month's AI use in the words and numbers the settings screen shows. */
record UsageSummary(AiUsage usage, Locale locale) {

    /** Tokens with the reader's digit grouping and the unit, e.g. "12,345 tokens". */
    String tokens(long count) {
        return NumberFormat.getIntegerInstance(locale).format(count) + (count == 1 ? " token" : " tokens");
    }

    String calls() {
        long calls = usage.calls();
        return NumberFormat.getIntegerInstance(locale).format(calls) + (calls == 1 ? " call" : " calls");
    }

    boolean hasBudget() {
        return usage.monthlyTokenBudget() > 0;
    }

    /** Whole percent of the budget used (may pass 100: the last call may overshoot); empty without a budget. */
    OptionalLong percentUsed() {
        if (!hasBudget()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Math.round(100.0 * usage.totalTokens() / usage.monthlyTokenBudget()));
    }

    /** How full the budget bar is, 0 to 1. */
    double barValue() {
        return hasBudget() ? Math.min(1.0, (double) usage.totalTokens() / usage.monthlyTokenBudget()) : 0;
    }

    /** The day the count starts again: the first of next month, counted in UTC like the meter. */
    LocalDate renewal() {
        return usage.month().plusMonths(1).atDay(1);
    }

    String budgetLine() {
        if (!hasBudget()) {
            return "No monthly budget: AI calls are not limited by tokens.";
        }
        long percent = percentUsed().orElseThrow();
        String used = tokens(usage.totalTokens()) + " of " + tokens(usage.monthlyTokenBudget()) + " used ("
                + percent + "%).";
        // The gateway refuses calls once the total reaches the budget.
        return usage.totalTokens() >= usage.monthlyTokenBudget() ? used + " AI calls are refused until the budget"
                + " renews or an administrator raises it." : used;
    }

    String renewalLine() {
        return "The count starts again on " + renewal().format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale))
                + " (00:00 UTC).";
    }
}
