package dev.platina.workflow.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.HasValue;
import dev.platina.workflow.api.Approval;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ApprovalCardTest {

    private static final String DRAFT = "Dear Dora, your refund is on its way.";

    private static Approval approval(boolean editable, double confidence) {
        var proposal = new LinkedHashMap<String, Object>();
        proposal.put("action", "note");
        proposal.put("parameters", Map.of("text", DRAFT));
        proposal.put("draft", DRAFT);
        proposal.put("confidence", confidence);
        proposal.put("rationale", "Like 3 earlier refunds.");
        proposal.put("engine", "offline");
        return new Approval(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "approve", "Refund?", proposal,
                Approval.State.PENDING, editable, 1, Optional.empty(), Instant.now(), Optional.empty(), false,
                Optional.empty(), List.of());
    }

    @Test
    void anAiProposalShowsWhoHowSureAndWhyAndNeverOffersItsConfidenceForEditing() {
        Approval approval = approval(true, 0.3);
        var card = new ApprovalCard(approval, List.of(), (c, v) -> { });
        String id = "approval-" + approval.id();

        assertThat(text(card)).contains("Proposed by the offline engine · 30% sure", "Low confidence",
                "Like 3 earlier refunds.", "Action: note");
        assertThat(ids(card)).contains(id + "-ai", id + "-low-confidence", id + "-rationale", id + "-edit-draft")
                .doesNotContain(id + "-edit-confidence", id + "-edit-engine", id + "-edit-action");
        assertThat(card.edits()).as("nothing changed").isEmpty();
    }

    @Test
    void anEditedDraftIsAlsoWhatThePerformedParametersSay() {
        Approval approval = approval(true, 0.9);
        var card = new ApprovalCard(approval, List.of(), (c, v) -> { });
        @SuppressWarnings("unchecked")
        var draft = (HasValue<?, String>) find(card, "approval-" + approval.id() + "-edit-draft");

        draft.setValue("Dear Dora, the refund was sent today.");

        assertThat(card.edits()).containsOnly(Map.entry("draft", "Dear Dora, the refund was sent today."),
                Map.entry("parameters", Map.of("text", "Dear Dora, the refund was sent today.")));
        assertThat(ids(card)).doesNotContain("approval-" + approval.id() + "-low-confidence");
    }

    @Test
    void aProposalThatMayNotBeEditedShowsItsDraftAsText() {
        Approval approval = approval(false, 0.9);
        var card = new ApprovalCard(approval, List.of(), (c, v) -> { });

        assertThat(ids(card)).contains("approval-" + approval.id() + "-draft")
                .doesNotContain("approval-" + approval.id() + "-edit-draft");
        assertThat(text(card)).contains(DRAFT);
    }

    private static List<Component> all(Component root) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(root), root.getChildren().flatMap(c -> all(c)
                .stream())).toList();
    }

    private static Component find(Component root, String id) {
        return all(root).stream().filter(c -> c.getId().orElse("").equals(id)).findFirst().orElseThrow();
    }

    private static List<String> ids(Component root) {
        return all(root).stream().map(c -> c.getId().orElse("")).filter(s -> !s.isEmpty()).toList();
    }

    private static String text(Component root) {
        return all(root).stream().filter(c -> c instanceof HasText && c.getChildren().findAny().isEmpty())
                .map(c -> ((HasText) c).getText()).collect(Collectors.joining(" | "));
    }
}
