package dev.platina.workflow.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.platina.identity.api.Caller;
import dev.platina.persistence.api.TenantId;
import dev.platina.workflow.api.ApprovalTier;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ApprovalRulesTest {

    private static final TenantId TENANT = new TenantId(UUID.randomUUID());
    private static final List<ApprovalTier> TIERS = List.of(new ApprovalTier(new BigDecimal("100"), "Manager"),
            new ApprovalTier(new BigDecimal("1000"), "Admin"));

    @Test
    void aTierAppliesAboveItsAmountNotAtIt() {
        assertThat(ApprovalRules.requiredRole(TIERS, Optional.of(new BigDecimal("100")))).isEmpty();
        assertThat(ApprovalRules.requiredRole(TIERS, Optional.of(new BigDecimal("100.01")))).contains("Manager");
        assertThat(ApprovalRules.requiredRole(TIERS, Optional.of(new BigDecimal("1000")))).contains("Manager");
        assertThat(ApprovalRules.requiredRole(TIERS, Optional.of(new BigDecimal("1e6")))).contains("Admin");
        assertThat(ApprovalRules.requiredRole(TIERS, Optional.empty())).isEmpty();
    }

    @Test
    void builtInRolesRankAdminManagerUserViewerAndCustomRolesMatchByName() {
        assertThat(ApprovalRules.holdsAtLeast(Set.of("Admin"), "Manager")).isTrue();
        assertThat(ApprovalRules.holdsAtLeast(Set.of("Manager"), "Manager")).isTrue();
        assertThat(ApprovalRules.holdsAtLeast(Set.of("User"), "Manager")).isFalse();
        assertThat(ApprovalRules.holdsAtLeast(Set.of("Viewer", "User"), "User")).isTrue();
        assertThat(ApprovalRules.holdsAtLeast(Set.of("finance"), "Finance")).isTrue();
        assertThat(ApprovalRules.holdsAtLeast(Set.of("Admin"), "Finance")).as("custom roles have no rank").isFalse();
    }

    @Test
    void thePolicyNamesWhoAndTheTierIsAFloorForEveryone() {
        var policy = new ApprovalPolicy(List.of("Finance"), Optional.empty(), List.of("ceo"), 1, false,
                List.of("Admin"), Optional.empty());

        assertThat(ApprovalRules.refusal(person("ann", "Finance"), policy, Optional.empty(), false)).isEmpty();
        assertThat(ApprovalRules.refusal(person("ceo", "User"), policy, Optional.empty(), false)).isEmpty();
        assertThat(ApprovalRules.refusal(person("bob", "Admin"), policy, Optional.empty(), false)).get()
                .asString().contains("the role Finance or ceo");
        assertThat(ApprovalRules.refusal(person("bob", "Admin"), policy, Optional.empty(), true)).isEmpty();
        assertThat(ApprovalRules.refusal(person("ann", "Finance"), policy, Optional.of("Manager"), false)).get()
                .asString().contains("ask a Manager");
        assertThat(ApprovalRules.refusal(Caller.system(TENANT, "shell"), policy, Optional.empty(), false)).get()
                .asString().contains("decided by people");
    }

    @Test
    void editsNeedAnEditableTaskAnApprovalAndKnownParameters() {
        Map<String, Object> proposal = Map.of("to", "jane@example.com", "body", "Hi");

        assertThat(ApprovalRules.editProblems(true, true, proposal, Map.of("body", "Hello"))).isEmpty();
        assertThat(ApprovalRules.editProblems(false, true, proposal, Map.of("body", "Hello"))).containsKey("edits");
        assertThat(ApprovalRules.editProblems(true, false, proposal, Map.of("body", "Hello"))).containsKey("edits");
        assertThat(ApprovalRules.editProblems(true, true, proposal, Map.of("cc", "x"))).containsKey("edits.cc");
        assertThat(ApprovalRules.editProblems(false, false, proposal, Map.of())).isEmpty();
    }

    private static Caller person(String username, String... roles) {
        return new Caller(TENANT, UUID.randomUUID(), username, Set.of(roles), Set.of(), Caller.Kind.USER, null);
    }
}
