package dev.platina.ai.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LearningSectionTest {

    @Test
    void thePurgeIsCountedInWords() {
        assertThat(LearningSection.purgedText(0)).isEqualTo("No stored cases came from your decisions, so none were"
                + " deleted.");
        assertThat(LearningSection.purgedText(1)).isEqualTo("1 stored case was deleted.");
        assertThat(LearningSection.purgedText(12)).isEqualTo("12 stored cases were deleted.");
    }
}
