package dev.platina.ai.learning.internal;

import static dev.platina.ai.learning.internal.MemoryFixture.approve;
import static dev.platina.ai.learning.internal.MemoryFixture.proposal;
import static dev.platina.ai.learning.internal.MemoryFixture.reject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.platina.ai.api.PastCase;
import dev.platina.ai.api.Recollection;
import dev.platina.core.api.InvalidInputException;
import dev.platina.identity.api.Caller;
import dev.platina.persistence.api.TenantId;
import dev.platina.persistence.postgres.internal.DatabaseExtension;
import dev.platina.persistence.postgres.internal.PlatformTestDatabase;
import dev.platina.workflow.api.Approval;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Opting out keeps a person's decisions out of the memory, and purges what they already taught. */
@ExtendWith(DatabaseExtension.class)
class ConsentTest {

    private final PlatformTestDatabase database;
    private MemoryFixture fixture;
    private TenantId tenant;
    private Caller alice;
    private Caller bob;

    ConsentTest(PlatformTestDatabase database) {
        this.database = database;
    }

    @BeforeEach
    void start(@TempDir Path data) throws Exception {
        fixture = new MemoryFixture(database, data);
        tenant = database.newTenant();
        alice = fixture.person(tenant, "alice");
        bob = fixture.person(tenant, "bob");
    }

    @Test
    void everyoneIsLearntFromUntilTheyOptOut() {
        assertThat(fixture.memory.learnsFrom(bob)).isTrue();

        assertThat(fixture.memory.setLearning(bob, false)).isZero();

        assertThat(fixture.memory.learnsFrom(bob)).isFalse();
        assertThat(fixture.memory.learnsFrom(alice)).isTrue();
    }

    @Test
    void nothingIsStoredFromATaskAnOptedOutPersonDecided() throws Exception {
        fixture.memory.setLearning(bob, false);

        fixture.decide(alice, "Refund please", proposal("refund", Map.of(), "", 0.7), Approval.State.APPROVED,
                approve(alice, Map.of()), approve(bob, Map.of()));
        fixture.decide(alice, "Refund please", proposal("refund", Map.of(), "", 0.7), Approval.State.REJECTED,
                reject(bob));

        assertThat(fixture.count("SELECT count(*) FROM platina.ai_case WHERE tenant_id = ?", tenant)).isZero();

        fixture.memory.setLearning(bob, true);
        fixture.decide(alice, "Refund please", proposal("refund", Map.of(), "", 0.7), Approval.State.REJECTED,
                reject(bob));
        assertThat(fixture.count("SELECT count(*) FROM platina.ai_case WHERE tenant_id = ?", tenant)).isEqualTo(1);
    }

    @Test
    void optingOutPurgesTheirCasesAndRebuildsTheModelWithoutThem() throws Exception {
        fixture.decide(alice, "only alice", proposal("refund", Map.of(), "", 0.7), Approval.State.APPROVED,
                approve(alice, Map.of()));
        fixture.decide(alice, "only bob", proposal("refund", Map.of(), "", 0.7), Approval.State.REJECTED,
                reject(bob));
        fixture.decide(alice, "both", proposal("refund", Map.of(), "", 0.7), Approval.State.APPROVED,
                approve(alice, Map.of()), approve(bob, Map.of("draft", "edited")));
        fixture.decide(alice, "alice again", proposal("replace", Map.of(), "", 0.4), Approval.State.APPROVED,
                approve(alice, Map.of()));
        Recollection before = fixture.memory.recall(alice, AppendingReasoner.ENGINE, 10);
        assertThat(AppendingReasoner.learnt(before.learnedState())).hasSize(4);

        int purged = fixture.memory.setLearning(bob, false);

        assertThat(purged).isEqualTo(2);
        Recollection after = fixture.memory.recall(alice, AppendingReasoner.ENGINE, 10);
        assertThat(after.cases()).extracting(PastCase::text).containsExactly("alice again", "only alice");
        assertThat(AppendingReasoner.learnt(after.learnedState())).as("replayed in decided order, without bob's")
                .containsExactly(after.cases().get(1).id(), after.cases().get(0).id());
        assertThat(auditDetails("ai.learning.opt-out")).containsEntry("purged", "2");

        fixture.memory.setLearning(bob, true);
        assertThat(fixture.memory.recall(alice, AppendingReasoner.ENGINE, 10).cases()).as("nothing comes back")
                .hasSize(2);
        assertThat(auditDetails("ai.learning.opt-in")).isNotNull();
    }

    @Test
    void theConsentEndpointNamesTheFieldOfABadChoice() {
        var resource = new LearningResource(fixture.memory, fixture.memory);
        for (Map<String, Object> body : new Map[] {null, Map.of(), Map.of("learning", "no"), Map.of("on", true)}) {
            assertThatThrownBy(() -> resource.change(body, null)).isInstanceOfSatisfying(
                    InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("learning"));
        }
    }

    private Map<String, String> auditDetails(String action) throws Exception {
        try (Connection owner = database.owner(); PreparedStatement query = owner.prepareStatement(
                "SELECT details, actor_name FROM platina.audit_event WHERE tenant_id = ? AND action = ?"
                        + " ORDER BY seq DESC LIMIT 1")) {
            query.setObject(1, tenant.value());
            query.setString(2, action);
            try (ResultSet rows = query.executeQuery()) {
                assertThat(rows.next()).as("audited " + action).isTrue();
                assertThat(rows.getString(2)).isEqualTo("bob");
                String[] flat = (String[]) rows.getArray(1).getArray();
                var details = new HashMap<String, String>();
                for (int i = 0; i + 1 < flat.length; i += 2) {
                    details.put(flat[i], flat[i + 1]);
                }
                return details;
            }
        }
    }
}
