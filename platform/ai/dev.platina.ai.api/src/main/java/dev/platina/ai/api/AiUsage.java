package dev.platina.ai.api;

import java.time.YearMonth;

/** What an organisation's AI calls used in a month (UTC), against its budget (0: none). */
public record AiUsage(YearMonth month, long inputTokens, long outputTokens, long calls, long monthlyTokenBudget) {

    public long totalTokens() {
        return inputTokens + outputTokens;
    }
}
