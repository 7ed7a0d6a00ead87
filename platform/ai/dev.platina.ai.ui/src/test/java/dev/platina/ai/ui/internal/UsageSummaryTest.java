package dev.platina.ai.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.platina.ai.api.AiUsage;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class UsageSummaryTest {

    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

    @Test
    void aBudgetShowsTokensPercentAndBar() {
        var summary = new UsageSummary(new AiUsage(NOVEMBER, 90_000, 35_000, 42, 500_000), Locale.UK);

        assertThat(summary.tokens(90_000)).isEqualTo("90,000 tokens");
        assertThat(summary.tokens(1)).isEqualTo("1 token");
        assertThat(summary.calls()).isEqualTo("42 calls");
        assertThat(summary.percentUsed()).hasValue(25);
        assertThat(summary.barValue()).isEqualTo(0.25);
        assertThat(summary.budgetLine()).isEqualTo("125,000 tokens of 500,000 tokens used (25%).");
    }

    @Test
    void aBudgetReachedSaysCallsAreRefusedAndTheBarStopsFull() {
        var summary = new UsageSummary(new AiUsage(NOVEMBER, 400_000, 150_000, 7, 500_000), Locale.UK);

        assertThat(summary.percentUsed()).hasValue(110);
        assertThat(summary.barValue()).isEqualTo(1.0);
        assertThat(summary.budgetLine()).endsWith("(110%). AI calls are refused until the budget renews or an"
                + " administrator raises it.");
        assertThat(new UsageSummary(new AiUsage(NOVEMBER, 499_000, 900, 7, 500_000), Locale.UK).budgetLine())
                .as("99.98% rounds to 100% but calls still go through").isEqualTo(
                        "499,900 tokens of 500,000 tokens used (100%).");
    }

    @Test
    void withoutABudgetThereIsNoBarAndThePageSaysSo() {
        var summary = new UsageSummary(new AiUsage(NOVEMBER, 10, 5, 1, 0), Locale.UK);

        assertThat(summary.hasBudget()).isFalse();
        assertThat(summary.percentUsed()).isEmpty();
        assertThat(summary.barValue()).isZero();
        assertThat(summary.calls()).isEqualTo("1 call");
        assertThat(summary.budgetLine()).isEqualTo("No monthly budget: AI calls are not limited by tokens.");
    }

    @Test
    void theCountRenewsOnTheFirstOfNextMonthAlsoAcrossTheYear() {
        assertThat(new UsageSummary(new AiUsage(YearMonth.of(2026, 12), 0, 0, 0, 0), Locale.UK).renewal())
                .isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(new UsageSummary(new AiUsage(NOVEMBER, 0, 0, 0, 0), Locale.UK).renewalLine())
                .isEqualTo("The count starts again on 1 December 2026 (00:00 UTC).");
    }
}
