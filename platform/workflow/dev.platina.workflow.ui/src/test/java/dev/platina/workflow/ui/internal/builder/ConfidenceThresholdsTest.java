package dev.platina.workflow.ui.internal.builder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfidenceThresholdsTest {

    @Test
    void readsActionsWithFractionsOrPercentsAndShowsThemBack() {
        Map<String, Object> read = ConfidenceThresholds.read("note 0.9, data.set: 80%, * = 1");

        assertThat(read).containsExactly(Map.entry("note", new BigDecimal("0.9")), Map.entry("data.set",
                new BigDecimal("0.80")), Map.entry("*", BigDecimal.ONE));
        assertThat(ConfidenceThresholds.show(read)).isEqualTo("note 0.9, data.set 0.8, * 1");
        assertThat(ConfidenceThresholds.read(" ")).isEmpty();
    }

    @Test
    void refusesWhatIsNotAConfidenceSayingWhatToWrite() {
        assertThatThrownBy(() -> ConfidenceThresholds.read("note 1.5")).hasMessageContaining("from 0 to 1");
        assertThatThrownBy(() -> ConfidenceThresholds.read("note")).hasMessageContaining("e.g. 'note 0.9'");
        assertThatThrownBy(() -> ConfidenceThresholds.read("note high")).hasMessageContaining("'high' is not");
    }
}
