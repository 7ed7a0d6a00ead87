package dev.platina.workflow.ui.internal.builder;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DefinitionDiffTest {

    @Test
    void readsAsSentencesAboutNodesTriggersAndFields() {
        Draft older = Draft.blank("Invoices");
        String approval = older.insert(older.startSlot(), NewNode.APPROVAL);
        older.set(approval, "title", "Pay it");
        Draft newer = Draft.of(older.definition());
        newer.set(approval, "policy.approvals", 2);
        newer.set(approval, "policy.roles", java.util.List.of("Manager"));
        newer.insert(newer.slots(approval).get(0), new NewNode("step", "note", "Note", "", "Basics"));
        newer.trigger(Map.of("type", "event", "event", "billing.invoice.received"));
        newer.name("Large invoices");

        assertThat(DefinitionDiff.between(older.definition(), newer.definition())).containsExactly(
                "Name: 'Invoices' → 'Large invoices'",
                "Trigger: manual → event billing.invoice.received",
                "Added step 'note' (note)",
                "Changed 'approval': policy.approvals: 1 → 2; next: 'done' → 'note'; policy.roles set to [Manager]");
    }

    @Test
    void sameDefinitionHasNoDifferences() {
        Draft draft = Draft.blank("W");
        assertThat(DefinitionDiff.between(draft.definition(), draft.definition())).containsExactly("No differences");
    }
}
