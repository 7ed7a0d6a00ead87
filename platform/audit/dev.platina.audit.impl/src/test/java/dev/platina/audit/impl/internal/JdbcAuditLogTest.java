package dev.platina.audit.impl.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.platina.audit.api.AuditEvent;
import dev.platina.audit.api.AuditOutcome;
import dev.platina.audit.api.AuditPage;
import dev.platina.audit.api.AuditQuery;
import dev.platina.audit.api.AuditRecord;
import dev.platina.audit.api.ChainVerification;
import dev.platina.persistence.api.DataAccessException;
import dev.platina.persistence.api.TenantId;
import dev.platina.persistence.postgres.internal.DatabaseExtension;
import dev.platina.persistence.postgres.internal.PlatformTestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DatabaseExtension.class)
class JdbcAuditLogTest {

    private final PlatformTestDatabase database;
    private final JdbcAuditLog audit;
    private final TenantId organization = new TenantId(UUID.randomUUID());

    JdbcAuditLogTest(PlatformTestDatabase database) {
        this.database = database;
        this.audit = new JdbcAuditLog(database.transactions());
    }

    @Test
    void eventsAreReadNewestFirstWithFiltersAndPages() {
        record("auth.login", AuditOutcome.FAILURE, "alice");
        record("auth.login", AuditOutcome.SUCCESS, "alice");
        record("user.create", AuditOutcome.SUCCESS, "alice");
        record("auth.login", AuditOutcome.SUCCESS, "bob");

        AuditPage logins = audit.find(organization, query("auth.login", null, null, 2));
        assertThat(logins.items()).extracting(AuditRecord::sequence).containsExactly(4L, 2L);
        assertThat(logins.nextBeforeSequence()).isEqualTo(2L);

        AuditPage rest = audit.find(organization, query("auth.login", null, logins.nextBeforeSequence(), 2));
        assertThat(rest.items()).extracting(AuditRecord::sequence).containsExactly(1L);
        assertThat(rest.nextBeforeSequence()).isNull();

        AuditPage failures = audit.find(organization, query(null, AuditOutcome.FAILURE, null, 10));
        assertThat(failures.items()).singleElement().satisfies(r -> {
            assertThat(r.event().actorName()).isEqualTo("alice");
            assertThat(r.event().details()).containsEntry("ip", "127.0.0.1");
        });
    }

    @Test
    void anotherOrganisationsTrailIsInvisible() {
        record("user.create", AuditOutcome.SUCCESS, "alice");

        AuditPage other = audit.find(new TenantId(UUID.randomUUID()), query(null, null, null, 10));

        assertThat(other.items()).isEmpty();
    }

    @Test
    void untouchedChainVerifies() {
        for (int i = 0; i < 5; i++) {
            record("user.update", AuditOutcome.SUCCESS, "alice");
        }

        ChainVerification result = audit.verify(organization);

        assertThat(result.intact()).isTrue();
        assertThat(result.eventsChecked()).isEqualTo(5);
    }

    @Test
    void verificationCatchesAnEditedEvent() throws SQLException {
        fiveEvents();
        asOwner("UPDATE platina.audit_event SET outcome = 'SUCCESS', action = 'auth.login' WHERE tenant_id = ? AND seq = 2");

        ChainVerification result = audit.verify(organization);

        assertThat(result.intact()).isFalse();
        assertThat(result.problems()).containsExactly("Event 2 does not match its hash (it was edited)");
    }

    @Test
    void verificationCatchesADeletedEvent() throws SQLException {
        fiveEvents();
        asOwner("DELETE FROM platina.audit_event WHERE tenant_id = ? AND seq = 3");

        ChainVerification result = audit.verify(organization);

        assertThat(result.intact()).isFalse();
        assertThat(result.problems()).contains("Events 3 to 3 are missing (deleted)",
                "Event 4 does not follow the event before it (events were deleted, inserted or reordered)");
    }

    @Test
    void verificationCatchesReorderedEvents() throws SQLException {
        fiveEvents();
        // Swap events 2 and 3 through a free sequence number, as someone rewriting history would.
        asOwner("UPDATE platina.audit_event SET seq = 1000 WHERE tenant_id = ? AND seq = 2");
        asOwner("UPDATE platina.audit_event SET seq = 2 WHERE tenant_id = ? AND seq = 3");
        asOwner("UPDATE platina.audit_event SET seq = 3 WHERE tenant_id = ? AND seq = 1000");

        ChainVerification result = audit.verify(organization);

        assertThat(result.intact()).isFalse();
        assertThat(result.problems()).anyMatch(p -> p.startsWith("Event 2 "))
                .anyMatch(p -> p.startsWith("Event 3 "));
    }

    @Test
    void applicationRoleCannotChangeOrDeleteTheTrail() {
        record("user.create", AuditOutcome.SUCCESS, "alice");

        assertThatThrownBy(() -> database.transactions().inTenant(organization,
                c -> c.prepareStatement("UPDATE audit_event SET action = 'x'").executeUpdate()))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("permission denied");
        assertThatThrownBy(() -> database.transactions().inTenant(organization,
                c -> c.prepareStatement("DELETE FROM audit_event").executeUpdate()))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("permission denied");
    }

    @Test
    void concurrentAppendsKeepOneUnbrokenChain() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            var futures = new ArrayList<Future<?>>();
            for (int i = 0; i < 40; i++) {
                futures.add(pool.submit(() -> record("session.touch", AuditOutcome.SUCCESS, "worker")));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }

        ChainVerification result = audit.verify(organization);

        assertThat(result.problems()).isEmpty();
        assertThat(result.eventsChecked()).isEqualTo(40);
    }

    private void fiveEvents() {
        record("auth.login", AuditOutcome.FAILURE, "mallory");
        record("auth.login", AuditOutcome.FAILURE, "mallory");
        record("auth.login", AuditOutcome.SUCCESS, "alice");
        record("role.update", AuditOutcome.SUCCESS, "alice");
        record("auth.logout", AuditOutcome.SUCCESS, "alice");
        assertThat(audit.verify(organization).intact()).isTrue();
    }

    private void record(String action, AuditOutcome outcome, String actor) {
        audit.record(AuditEvent.of(organization, action)
                .actor(UUID.nameUUIDFromBytes(actor.getBytes()).toString(), actor)
                .target("user", actor)
                .outcome(outcome)
                .requestId("req-" + action)
                .detail("ip", "127.0.0.1")
                .build());
    }

    private static AuditQuery query(String action, AuditOutcome outcome, Long before, int limit) {
        return new AuditQuery(action, null, null, outcome, null, null, before, limit);
    }

    private void asOwner(String sql) throws SQLException {
        try (Connection owner = database.owner(); PreparedStatement statement = owner.prepareStatement(sql)) {
            statement.setObject(1, organization.value());
            assertThat(statement.executeUpdate()).isOne();
        }
    }
}
