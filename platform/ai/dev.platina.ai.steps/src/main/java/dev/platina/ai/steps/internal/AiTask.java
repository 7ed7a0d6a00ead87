package dev.platina.ai.steps.internal;

import java.util.Map;

/**
 * What one kind of AI step asks: its instructions, the text to work on, and the JSON Schema of the answer the
 * model must give through the {@code answer} tool (each schema has {@code confidence} and {@code rationale}).
 */
record AiTask(String purpose, String instructions, String text, Map<String, Object> answerSchema, int maxTokens) {
}
