package dev.platina.ai.steps.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.platina.ai.api.AiGateway;
import dev.platina.workflow.api.StepOutcome;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The AI steps on the offline engine: what they can do without a model, and what they honestly refuse. */
class OfflineStepsTest {

    private static final AiGateway NO_MODEL = (caller, purpose, request) -> {
        throw new AssertionError("The offline engine must not call a model");
    };
    private final AiEngines engines = TestEngines.offline(List.of());

    @Test
    void classifyComparesTheTextsMeaningWithTheLabels() {
        StepOutcome outcome = new ClassifyStep(engines, NO_MODEL).execute(DecideStepTest.execution(Map.of("text",
                "The parcel never arrived and tracking has not moved for a week.", "labels", List.of(
                        "delivery problem", "invoice question", "product praise"))));

        assertThat(outcome.output()).containsEntry("label", "delivery problem").containsEntry("model", "offline");
        assertThat(outcome.output().get("rationale").toString()).startsWith("Offline engine: ");
    }

    @Test
    void extractFindsLabelledLinesPatternsAndFormatsAndNeverGuesses() {
        StepOutcome outcome = new ExtractStep(engines, NO_MODEL).execute(DecideStepTest.execution(Map.of("text", """
                Hello, please change my address.
                Order number: A-1234
                You can reach me at dora@example.com. Amount paid: 1,299.50 EUR""", "schema", Map.of("type", "object",
                "properties", Map.of("orderNumber", Map.of("type", "string"), "email", Map.of("type", "string",
                        "format", "email"), "amount", Map.of("type", "number"), "reference", Map.of("type",
                                "string", "pattern", "^R-[0-9]+$"))))));

        assertThat(outcome.output().get("data")).isEqualTo(Map.of("orderNumber", "A-1234", "email",
                "dora@example.com", "amount", 1299.5));
        assertThat(outcome.output()).containsEntry("confidence", 0.75);
        assertThat(outcome.output().get("rationale").toString()).contains("not found: reference");
    }

    @Test
    void summariseKeepsTheSentencesThatCarryTheGistWithinTheLimit() {
        StepOutcome outcome = new SummariseStep(engines, NO_MODEL).execute(DecideStepTest.execution(Map.of("text",
                "Hi team. The invoice for order A-17 shows the wrong invoice amount. The invoice amount should be"
                        + " 120 EUR, not 210 EUR. Could you send a corrected invoice? Have a nice weekend.",
                "maxWords", 25)));

        String summary = outcome.output().get("summary").toString();
        assertThat(summary).contains("The invoice for order A-17 shows the wrong invoice amount.")
                .doesNotContain("weekend");
        assertThat(summary.split("\\s+").length).isLessThanOrEqualTo(25);
    }

    @Test
    void draftFillsTheAuthorsTemplateAndWithoutOneSaysWhatToDo() {
        StepOutcome filled = new DraftStep(engines, NO_MODEL).execute(DecideStepTest.execution(Map.of("message",
                "Where is my order?", "template", "Dear {name}, order {order} ships on {date}.", "fields", Map.of(
                        "name", "Dora", "order", "A-17"))));
        StepOutcome refused = new DraftStep(engines, NO_MODEL).execute(DecideStepTest.execution(Map.of("message",
                "Where is my order?")));

        assertThat(filled.output()).containsEntry("body", "Dear Dora, order A-17 ships on {date}.")
                .containsEntry("confidence", 0.2);
        assertThat(filled.output().get("rationale").toString()).contains("still to fill: date");
        assertThat(refused.failure().orElseThrow()).contains("does not write new text: give this step a"
                + " 'template'");
        assertThat(refused.retryable()).isFalse();
    }
}
