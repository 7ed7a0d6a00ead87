package dev.platina.ai.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import dev.platina.identity.api.Caller;
import dev.platina.persistence.api.TenantId;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LearningSectionTest {

    private static final TenantId ACME = new TenantId(UUID.randomUUID());

    @Test
    void thePurgeIsCountedInWords() {
        assertThat(LearningSection.purgedText(0)).isEqualTo("No stored cases came from your decisions, so none were"
                + " deleted.");
        assertThat(LearningSection.purgedText(1)).isEqualTo("1 stored case was deleted.");
        assertThat(LearningSection.purgedText(12)).isEqualTo("12 stored cases were deleted.");
    }

    @Test
    void withoutTheMemoryServiceThereIsNoSwitchButASentenceSayingSo() {
        // Outside a framework no AI memory is registered, as in an installation without the learning bundle.
        var section = new LearningSection(new Caller(ACME, UUID.randomUUID(), "ann", Set.of("User"), Set.of(),
                Caller.Kind.USER, null));

        assertThat(ids(section)).contains("ai-learning-absent").doesNotContain("ai-learning");
        assertThat(texts(section)).contains("Learning from decisions is not installed on this platform");
    }

    @Test
    void aCallerWhoIsNoPersonHasNoChoiceToMake() {
        var section = new LearningSection(Caller.system(ACME, "test"));

        assertThat(ids(section)).doesNotContain("ai-learning", "ai-learning-absent");
        assertThat(texts(section)).contains("Learning choices belong to a person");
    }

    private static Set<String> ids(Component section) {
        return section.getChildren().map(c -> c.getId().orElse("")).collect(Collectors.toSet());
    }

    private static String texts(Component section) {
        return section.getChildren().filter(HasText.class::isInstance).map(c -> ((HasText) c).getText())
                .collect(Collectors.joining(" "));
    }
}
