package dev.platina.ai.learning.internal;

import dev.platina.ai.api.Proposal;
import dev.platina.ai.trust.internal.PlaceholderPiiMasker;
import dev.platina.audit.impl.internal.JdbcAuditLog;
import dev.platina.identity.api.Caller;
import dev.platina.identity.api.Permission;
import dev.platina.persistence.api.TenantId;
import dev.platina.persistence.postgres.internal.PlatformTestDatabase;
import dev.platina.security.internal.AesGcmSecretCipher;
import dev.platina.workflow.api.Approval;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The memory with real parts: PostgreSQL with row-level security, the AES-GCM cipher, the masker, the audit log. */
final class MemoryFixture {

    /** A clock that moves one second each time it is read, so every row has its own time. */
    static final class MovingClock extends Clock {

        private Instant now = Instant.parse("2026-03-02T09:00:00Z");

        @Override
        public synchronized Instant instant() {
            now = now.plusSeconds(1);
            return now;
        }

        synchronized void jump(Duration ahead) {
            now = now.plus(ahead);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    final PlatformTestDatabase database;
    final MovingClock clock = new MovingClock();
    final EngineReasoners reasoners = new EngineReasoners();
    final AppendingReasoner reasoner = new AppendingReasoner();
    final OrganisationMemory organisations;
    final DefaultAiMemory memory;
    final FeedbackListener listener;

    MemoryFixture(PlatformTestDatabase database, Path data) throws Exception {
        this.database = database;
        reasoners.addReasoner(reasoner, Map.of("engine", AppendingReasoner.ENGINE));
        organisations = new OrganisationMemory(database.transactions(), new PlaceholderPiiMasker(),
                new AesGcmSecretCipher(data), reasoners, clock);
        memory = new DefaultAiMemory(organisations, new JdbcAuditLog(database.transactions()));
        listener = new FeedbackListener(organisations);
    }

    /** A person in the organisation, as identity stores them. */
    Caller person(TenantId tenant, String username) throws Exception {
        UUID id = UUID.randomUUID();
        try (Connection owner = database.owner(); PreparedStatement insert = owner.prepareStatement(
                "INSERT INTO platina.app_user (tenant_id, id, username, password_hash) VALUES (?, ?, ?, 'x')")) {
            insert.setObject(1, tenant.value());
            insert.setObject(2, id);
            insert.setString(3, username);
            insert.executeUpdate();
        }
        return new Caller(tenant, id, username, Set.of("User"), Set.of(Permission.WORKFLOWS_READ,
                Permission.WORKFLOWS_RUN, Permission.APPROVALS_DECIDE), Caller.Kind.USER, "test");
    }

    static Proposal proposal(String action, Map<String, String> parameters, String draft, double confidence) {
        return new Proposal(action, parameters, draft, confidence, "because", List.of(), AppendingReasoner.ENGINE);
    }

    /** The approval the run reached after the proposal, settled now. */
    Approval settled(UUID runId, Approval.State state, Map<String, Object> proposal, Approval.Decision... decisions) {
        Instant created = clock.instant();
        Instant decided = created.plus(Duration.ofMinutes(5));
        return new Approval(UUID.randomUUID(), runId, UUID.randomUUID(), "approve", "Approve the reply", proposal,
                state, true, decisions.length, Optional.empty(), created, Optional.empty(), false,
                Optional.of(decided), List.of(decisions));
    }

    static Approval.Decision approve(Caller who, Map<String, Object> edits) {
        return new Approval.Decision(who.username(), Approval.Verdict.APPROVE, Optional.empty(), edits,
                Instant.parse("2026-03-02T10:00:00Z"));
    }

    static Approval.Decision reject(Caller who) {
        return new Approval.Decision(who.username(), Approval.Verdict.REJECT, Optional.of("wrong"), Map.of(),
                Instant.parse("2026-03-02T10:00:00Z"));
    }

    static Map<String, Object> view(Proposal proposal) {
        return Map.of("action", proposal.action(), "parameters", proposal.parameters(), "draft", proposal.draft(),
                "confidence", proposal.confidence(), "engine", proposal.engine());
    }

    /** Remembers the proposal in a new run and settles the run's approval as the people decided; returns the run. */
    UUID decide(Caller proposer, String text, Proposal proposal, Approval.State state,
            Approval.Decision... decisions) {
        UUID run = UUID.randomUUID();
        memory.remember(proposer, run, "decide", text, proposal);
        listener.settled(proposer.organization(), settled(run, state, view(proposal), decisions));
        return run;
    }

    /** Every text value of the organisation's memory rows, read past row-level security as the owner. */
    List<String> rowsAsText(TenantId tenant) throws Exception {
        var all = new ArrayList<String>();
        for (String query : List.of(
                "SELECT text, parameters::text, draft, reviewers::text, proposed_parameters::text, proposed_draft,"
                        + " action FROM platina.ai_case WHERE tenant_id = ?",
                "SELECT text, parameters::text, draft, placeholders, node_id,"
                        + " action, run_id::text FROM platina.ai_pending_proposal WHERE tenant_id = ?",
                "SELECT reviewer, '', '', '', '', '', '' FROM platina.ai_learning_opt_out WHERE tenant_id = ?")) {
            try (Connection owner = database.owner(); PreparedStatement select = owner.prepareStatement(query)) {
                select.setObject(1, tenant.value());
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        for (int column = 1; column <= 7; column++) {
                            all.add(asText(rows, column));
                        }
                    }
                }
            }
        }
        return all;
    }

    /**
     * Sealed columns are read byte for byte: an escaped rendering ({@code \\370}) would spell digits the
     * ciphertext never held and make the search for the customer's IBAN fail at random.
     */
    private static String asText(ResultSet rows, int column) throws Exception {
        if (rows.getMetaData().getColumnType(column) == Types.BINARY) {
            byte[] bytes = rows.getBytes(column);
            return bytes == null ? "" : new String(bytes, StandardCharsets.ISO_8859_1);
        }
        return rows.getString(column);
    }

    int count(String sql, TenantId tenant) throws Exception {
        try (Connection owner = database.owner(); PreparedStatement select = owner.prepareStatement(sql)) {
            select.setObject(1, tenant.value());
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}
