package dev.platina.workflow.ui.internal.builder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DraftTest {

    private static final NewNode NOTE = new NewNode("step", "note", "Note", "", "Basics");

    @Test
    void aBlankWorkflowEndsAtOnceAndAStepGoesBetween() {
        Draft draft = Draft.blank("Leads");
        String note = draft.insert(draft.startSlot(), NOTE);

        assertThat(note).isEqualTo("note");
        assertThat(draft.start()).isEqualTo("note");
        assertThat(draft.node("note")).containsEntry("step", "note").containsEntry("next", "done");
        assertThat(draft.definition().get("nodes")).asList().hasSize(2);
    }

    @Test
    void conditionThenParallelThenApprovalMakeTheGraphTheEngineReads() {
        Draft draft = Draft.blank("Invoices");
        String condition = draft.insert(draft.startSlot(), NewNode.CONDITION);
        Slot whenBig = draft.slots(condition).get(0);
        String parallel = draft.insert(whenBig, NewNode.PARALLEL);
        String join = draft.joinOf(parallel).orElseThrow();
        draft.insert(draft.slots(parallel).get(0), NOTE);
        draft.insert(draft.slots(parallel).get(1), new NewNode("step", "data.set", "Set", "", "Basics"));
        String approval = draft.insert(draft.slots(join).get(0), NewNode.APPROVAL);

        Map<String, Object> definition = draft.definition();
        assertThat(definition.get("start")).isEqualTo("condition");
        assertThat(draft.node(parallel).get("branches")).isEqualTo(List.of("note", "data-set"));
        assertThat(draft.node("note")).containsEntry("next", join);
        assertThat(draft.node("data-set")).containsEntry("next", join);
        assertThat(draft.node(join)).containsEntry("next", approval);
        assertThat(draft.node(approval)).containsEntry("next", "done").containsEntry("onReject",
                "approval-rejected");
        assertThat(draft.node(condition)).containsEntry("otherwise", "done");
        assertThat(draft.reachable()).containsExactlyInAnyOrder("condition", "parallel", "join", "note", "data-set",
                "approval", "approval-rejected", "done");
    }

    @Test
    void removingAConditionKeepsItsOtherwisePathAndDropsWhatOnlyItsBranchesReached() {
        Draft draft = Draft.blank("W");
        String condition = draft.insert(draft.startSlot(), NewNode.CONDITION);
        draft.insert(draft.slots(condition).get(0), NOTE);

        List<String> removed = draft.remove(condition);

        assertThat(removed).containsExactly("condition", "note");
        assertThat(draft.start()).isEqualTo("done");
        assertThat(draft.nodeIds()).containsExactly("done");
    }

    @Test
    void removingAParallelNodeRemovesItsBranchesAndJoin() {
        Draft draft = Draft.blank("W");
        String parallel = draft.insert(draft.startSlot(), NewNode.PARALLEL);
        draft.insert(draft.slots(parallel).get(1), NOTE);

        assertThat(draft.remove(parallel)).containsExactlyInAnyOrder("parallel", "join", "note");
        assertThat(draft.start()).isEqualTo("done");
    }

    @Test
    void joinsAndEndsThatPathsLeadToCannotBeRemovedAlone() {
        Draft draft = Draft.blank("W");
        String parallel = draft.insert(draft.startSlot(), NewNode.PARALLEL);

        assertThatThrownBy(() -> draft.remove(draft.joinOf(parallel).orElseThrow()))
                .hasMessageContaining("remove the parallel node instead");
        assertThatThrownBy(() -> draft.remove("done")).hasMessageContaining("point them at another node");
    }

    @Test
    void renamingFollowsReferencesAndExpressions() {
        Draft draft = Draft.blank("W");
        String note = draft.insert(draft.startSlot(), NOTE);
        String approval = draft.insert(draft.slots(note).get(0), NewNode.APPROVAL);
        draft.set(approval, "proposal.text", "=steps.note.output.text + steps.notes.x");

        draft.rename(note, "greet");

        assertThat(draft.start()).isEqualTo("greet");
        assertThat(draft.node(approval)).extractingByKey("proposal").isEqualTo(Map.of("text",
                "=steps.greet.output.text + steps.notes.x"));
        assertThatThrownBy(() -> draft.rename("greet", "Bad Id")).hasMessageContaining("lower-case");
        assertThatThrownBy(() -> draft.rename("greet", "done")).hasMessageContaining("Another node");
    }

    @Test
    void fieldsItDoesNotKnowSurviveAnEdit() {
        Draft draft = Draft.of(Map.of("name", "W", "start", "a", "custom", Map.of("kept", true), "nodes", List.of(
                Map.of("id", "a", "type", "step", "step", "note", "next", "b", "x-ui", Map.of("colour", "red")),
                Map.of("id", "b", "type", "end"))));

        draft.set("a", "input.text", "hello");
        draft.set("a", "retry.maxAttempts", 3);

        Map<String, Object> definition = draft.definition();
        assertThat(definition).containsEntry("custom", Map.of("kept", true));
        assertThat(draft.node("a")).containsEntry("x-ui", Map.of("colour", "red"))
                .containsEntry("input", Map.of("text", "hello")).containsEntry("retry", Map.of("maxAttempts", 3));
        draft.set("a", "retry", null);
        assertThat(draft.node("a")).doesNotContainKey("retry");
    }

    @Test
    void conditionBranchesAreAddedAndRemoved() {
        Draft draft = Draft.blank("W");
        String condition = draft.insert(draft.startSlot(), NewNode.CONDITION);
        draft.addBranch(condition);
        draft.insert(draft.slots(condition).get(1), NOTE);

        assertThat(draft.slots(condition)).extracting(Slot::label).containsExactly("When …", "When …", "Otherwise");
        assertThat(draft.removeBranch(condition, 1)).containsExactly("note");
        assertThatThrownBy(() -> draft.removeBranch(condition, 0)).hasMessageContaining("at least 1 branch");
    }
}
