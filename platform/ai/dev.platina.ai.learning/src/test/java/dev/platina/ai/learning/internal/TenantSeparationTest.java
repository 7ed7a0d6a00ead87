package dev.platina.ai.learning.internal;

import static dev.platina.ai.learning.internal.MemoryFixture.approve;
import static dev.platina.ai.learning.internal.MemoryFixture.proposal;
import static dev.platina.ai.learning.internal.MemoryFixture.reject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.platina.ai.api.Recollection;
import dev.platina.identity.api.Caller;
import dev.platina.persistence.api.TenantId;
import dev.platina.persistence.postgres.internal.DatabaseExtension;
import dev.platina.persistence.postgres.internal.PlatformTestDatabase;
import dev.platina.workflow.api.Approval;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** One organisation's learning never reaches another's: not through the service, not through the database. */
@ExtendWith(DatabaseExtension.class)
class TenantSeparationTest {

    private static final List<String> TABLES = List.of("ai_case", "ai_pending_proposal", "ai_learned_state",
            "ai_learning_key", "ai_learning_opt_out");

    private final PlatformTestDatabase database;
    private MemoryFixture fixture;
    private TenantId acme;
    private TenantId globex;
    private Caller acmeAlice;
    private Caller acmeBob;
    private Caller globexCarol;

    TenantSeparationTest(PlatformTestDatabase database) {
        this.database = database;
    }

    @BeforeEach
    void start(@TempDir Path data) throws Exception {
        fixture = new MemoryFixture(database, data);
        acme = database.newTenant();
        globex = database.newTenant();
        acmeAlice = fixture.person(acme, "alice");
        acmeBob = fixture.person(acme, "bob");
        globexCarol = fixture.person(globex, "carol");
    }

    @Test
    void anotherOrganisationRecallsNothingOfThisOnesLearning() {
        for (int i = 0; i < 25; i++) {
            fixture.decide(acmeAlice, "case " + i, proposal("refund", Map.of(), "", 0.95), Approval.State.REJECTED,
                    reject(acmeBob));
        }
        fixture.decide(globexCarol, "their own", proposal("refund", Map.of(), "", 0.5), Approval.State.APPROVED,
                approve(globexCarol, Map.of()));

        Recollection theirs = fixture.memory.recall(globexCarol, AppendingReasoner.ENGINE, 100);

        assertThat(theirs.cases()).singleElement().satisfies(c -> assertThat(c.text()).isEqualTo("their own"));
        assertThat(AppendingReasoner.learnt(theirs.learnedState())).containsExactly(theirs.cases().get(0).id());
        assertThat(fixture.memory.calibrate(acmeAlice, AppendingReasoner.ENGINE, 0.95).confidence()).isLessThan(0.2);
        assertThat(fixture.memory.calibrate(globexCarol, AppendingReasoner.ENGINE, 0.95).confidence())
                .as("too few outcomes of their own: raw").isEqualTo(0.95);
    }

    @Test
    void aPurgeInOneOrganisationLeavesTheOtherAsItWas() {
        fixture.decide(globexCarol, "theirs", proposal("refund", Map.of(), "", 0.5), Approval.State.APPROVED,
                approve(globexCarol, Map.of()));
        byte[] before = fixture.memory.recall(globexCarol, AppendingReasoner.ENGINE, 10).learnedState();
        fixture.decide(acmeAlice, "ours", proposal("refund", Map.of(), "", 0.5), Approval.State.APPROVED,
                approve(acmeBob, Map.of()));

        assertThat(fixture.memory.setLearning(acmeBob, false)).isEqualTo(1);

        Recollection theirs = fixture.memory.recall(globexCarol, AppendingReasoner.ENGINE, 10);
        assertThat(theirs.cases()).hasSize(1);
        assertThat(theirs.learnedState()).isEqualTo(before);
    }

    @Test
    void rowLevelSecurityHidesAndRefusesAnotherOrganisationsRows() throws Exception {
        fixture.decide(acmeAlice, "ours", proposal("refund", Map.of(), "", 0.5), Approval.State.APPROVED,
                approve(acmeBob, Map.of()));
        fixture.memory.remember(acmeAlice, UUID.randomUUID(), "decide", "pending", proposal("refund", Map.of(), "",
                0.5));
        fixture.memory.setLearning(acmeAlice, false);
        for (String table : TABLES) {
            assertThat(fixture.count("SELECT count(*) FROM platina." + table + " WHERE tenant_id = ?", acme))
                    .as("acme has rows in " + table).isPositive();
        }

        for (String table : TABLES) {
            int seen = database.transactions().inTenant(globex, c -> {
                try (PreparedStatement query = c.prepareStatement("SELECT count(*) FROM platina." + table)) {
                    try (ResultSet rows = query.executeQuery()) {
                        rows.next();
                        return rows.getInt(1);
                    }
                }
            });
            assertThat(seen).as("globex sees rows of " + table).isZero();
        }
        assertThatThrownBy(() -> database.transactions().inTenant(globex, c -> {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO platina.ai_learning_opt_out (tenant_id,"
                    + " reviewer, opted_out_at) VALUES (?, 'x', now())")) {
                insert.setObject(1, acme.value());
                return insert.executeUpdate();
            }
        })).hasRootCauseMessage("ERROR: new row violates row-level security policy for table"
                + " \"ai_learning_opt_out\"");
        int deleted = database.transactions().inTenant(globex, c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM platina.ai_case")) {
                return delete.executeUpdate();
            }
        });
        assertThat(deleted).isZero();
    }
}
