package dev.platina.workflow.ui.internal.builder;

import static org.assertj.core.api.Assertions.assertThat;

import dev.platina.workflow.ui.internal.builder.DiagramLayout.Cell;
import org.junit.jupiter.api.Test;

class DiagramLayoutTest {

    private static final NewNode NOTE = new NewNode("step", "note", "Note", "", "Basics");

    @Test
    void branchesSitSideBySideAndTheJoinBelowThemBetween() {
        Draft draft = Draft.blank("W");
        String parallel = draft.insert(draft.startSlot(), NewNode.PARALLEL);
        String left = draft.insert(draft.slots(parallel).get(0), NOTE);
        String right = draft.insert(draft.slots(parallel).get(1), NOTE);
        String deeper = draft.insert(draft.slots(right).get(0), NOTE);
        String join = draft.joinOf(parallel).orElseThrow();

        DiagramLayout layout = DiagramLayout.of(draft);
        Cell top = layout.cells().get(parallel);
        Cell l = layout.cells().get(left);
        Cell r = layout.cells().get(right);

        assertThat(l.row()).isEqualTo(r.row()).isEqualTo(top.row() + 1);
        assertThat(l.column()).isLessThan(r.column());
        assertThat(r.column() - l.column()).isGreaterThanOrEqualTo(2);
        assertThat(layout.cells().get(deeper).row()).isEqualTo(r.row() + 1);
        assertThat(layout.cells().get(join).row()).as("below the longest branch").isEqualTo(r.row() + 2);
        assertThat(layout.cells().get(join).column()).isStrictlyBetween(l.column() - 1, r.column() + 1);
        assertThat(layout.readingOrder()).startsWith(parallel, left, right).endsWith("done");
    }

    @Test
    void nodesNoPathReachesGoToTheBottom() {
        Draft draft = Draft.blank("W");
        String note = draft.insert(draft.startSlot(), NOTE);
        draft.point(draft.startSlot(), "done");

        DiagramLayout layout = DiagramLayout.of(draft);

        assertThat(layout.cells().get(note).row()).isGreaterThan(layout.cells().get("done").row());
        assertThat(layout.columns()).isEqualTo(2);
    }
}
