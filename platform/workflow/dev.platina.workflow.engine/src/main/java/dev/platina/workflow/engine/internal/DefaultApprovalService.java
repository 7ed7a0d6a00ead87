package dev.platina.workflow.engine.internal;

import dev.platina.audit.api.AuditLog;
import dev.platina.core.api.ConflictException;
import dev.platina.core.api.InvalidInputException;
import dev.platina.core.api.NotFoundException;
import dev.platina.identity.api.AuditEvents;
import dev.platina.identity.api.BuiltInRole;
import dev.platina.identity.api.Caller;
import dev.platina.identity.api.Page;
import dev.platina.identity.api.Permission;
import dev.platina.identity.api.PermissionGuard;
import dev.platina.persistence.api.TenantId;
import dev.platina.workflow.api.Approval;
import dev.platina.workflow.api.ApprovalDecision;
import dev.platina.workflow.api.ApprovalService;
import dev.platina.workflow.api.ApprovalTier;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Approval tasks for people: the inbox of what they may decide, their decisions, and the organisation's tiers. */
@Component(service = ApprovalService.class)
public final class DefaultApprovalService implements ApprovalService {

    static final int MOST_PER_PAGE = 200;
    static final int LONGEST_COMMENT = 2000;
    static final int MOST_TIERS = 20;
    /** How many pending tasks one inbox request looks through for those the caller may decide. */
    private static final int SCAN_BATCH = 500;

    private final ApprovalDesk desk;
    private final ApprovalStore store;
    private final PermissionGuard guard;
    private final AuditLog audit;

    @Activate
    public DefaultApprovalService(@Reference WorkflowEngine engine, @Reference AuditLog audit) {
        this.desk = engine.approvals();
        this.store = desk.store();
        this.guard = new PermissionGuard(audit);
        this.audit = audit;
    }

    @Override
    public Page<Approval> list(Caller caller, Approval.State state, int limit, String cursor) {
        guard.require(caller, Permission.APPROVALS_READ, "approval.list", "approval", null);
        int wanted = Math.max(1, Math.min(limit, MOST_PER_PAGE));
        Optional<ApprovalStore.Cursor> after = ApprovalStore.Cursor.decode(cursor);
        return inTenant(caller.organization(), c -> {
            var found = new ArrayList<ApprovalStore.Row>();
            Optional<ApprovalStore.Cursor> position = after;
            boolean more = true;
            while (found.size() <= wanted && more) {
                List<ApprovalStore.Row> batch = store.page(c, state, position, SCAN_BATCH);
                more = batch.size() == SCAN_BATCH;
                if (!batch.isEmpty()) {
                    ApprovalStore.Row last = batch.get(batch.size() - 1);
                    position = Optional.of(new ApprovalStore.Cursor(last.createdAt(), last.id()));
                }
                Map<UUID, List<Approval.Decision>> decisions = state == Approval.State.PENDING
                        ? store.decisions(c, batch.stream().map(ApprovalStore.Row::id).toList()) : Map.of();
                for (ApprovalStore.Row row : batch) {
                    if (state != Approval.State.PENDING || mayDecide(caller, row, decisions.getOrDefault(row.id(),
                            List.of()))) {
                        found.add(row);
                    }
                }
            }
            List<ApprovalStore.Row> page = found.subList(0, Math.min(wanted, found.size()));
            String next = found.size() > wanted ? new ApprovalStore.Cursor(page.get(page.size() - 1).createdAt(),
                    page.get(page.size() - 1).id()).encode() : null;
            return new Page<>(approvals(c, page), next);
        });
    }

    private static boolean mayDecide(Caller caller, ApprovalStore.Row row, List<Approval.Decision> decisions) {
        return ApprovalRules.refusal(caller, row.policy(), row.requiredRole(), row.escalated()).isEmpty()
                && decisions.stream().noneMatch(decision -> decision.username().equals(caller.username()));
    }

    @Override
    public Approval get(Caller caller, UUID approvalId) {
        guard.require(caller, Permission.APPROVALS_READ, "approval.read", "approval", approvalId);
        return inTenant(caller.organization(), c -> approvals(c, List.of(find(c, approvalId, false))).get(0));
    }

    @Override
    public Approval decide(Caller caller, UUID approvalId, ApprovalDecision decision) {
        guard.require(caller, Permission.APPROVALS_DECIDE, "approval.decide", "approval", approvalId);
        if (decision.comment().map(String::length).orElse(0) > LONGEST_COMMENT) {
            throw InvalidInputException.of("comment", "is longer than " + LONGEST_COMMENT + " characters");
        }
        // Checked first without a lock, so a refusal is audited outside the transaction that would roll back.
        ApprovalStore.Row seen = inTenant(caller.organization(), c -> find(c, approvalId, false));
        Optional<String> refusal = ApprovalRules.refusal(caller, seen.policy(), seen.requiredRole(), seen.escalated());
        if (refusal.isPresent()) {
            guard.deny(caller, Permission.APPROVALS_DECIDE, "approval.decide", "approval", approvalId,
                    refusal.get());
        }
        Approval.State outcome = inTenant(caller.organization(), c -> record(c, caller, approvalId, decision));
        if (outcome != Approval.State.PENDING) {
            desk.announceSettled(caller.organization(), approvalId);
        }
        audit.record(AuditEvents.by(caller, "approval.decide").target("approval", approvalId.toString())
                .detail("runId", seen.runId().toString()).detail("verdict", decision.verdict().name())
                .detail("edited", String.join(",", decision.edits().keySet()))
                .detail("outcome", outcome.name()).build());
        return get(caller, approvalId);
    }

    private Approval.State record(Connection c, Caller caller, UUID approvalId, ApprovalDecision decision)
            throws SQLException {
        ApprovalStore.Row row = find(c, approvalId, true);
        if (row.state() != Approval.State.PENDING) {
            throw new ConflictException("This approval is no longer pending: it was " + row.state().name()
                    .toLowerCase() + (row.decidedAt().map(at -> " at " + at).orElse("")) + ".");
        }
        // The escalation or expiry may have happened since the first check.
        Optional<String> refusal = ApprovalRules.refusal(caller, row.policy(), row.requiredRole(), row.escalated());
        if (refusal.isPresent()) {
            throw new dev.platina.core.api.AccessDeniedException(Permission.APPROVALS_DECIDE, refusal.get());
        }
        boolean approving = decision.verdict() == Approval.Verdict.APPROVE;
        Map<String, String> problems = ApprovalRules.editProblems(row.policy().editable(), approving,
                row.proposal(), decision.edits());
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (!store.addDecision(c, caller.organization(), approvalId, caller, decision.verdict(), decision.comment(),
                decision.edits())) {
            throw new ConflictException("You have decided this approval already; it waits for "
                    + (row.policy().approvals() - store.approvals(c, approvalId)) + " more approval(s) by others.");
        }
        ApprovalStore.Row current = row;
        if (!decision.edits().isEmpty()) {
            var proposal = new LinkedHashMap<>(row.proposal());
            proposal.putAll(decision.edits());
            store.replaceProposal(c, approvalId, proposal);
            current = find(c, approvalId, false);
        }
        Approval.State outcome;
        if (!approving) {
            outcome = Approval.State.REJECTED;
        } else if (store.approvals(c, approvalId) >= row.policy().approvals()) {
            outcome = Approval.State.APPROVED;
        } else {
            return Approval.State.PENDING;
        }
        store.settle(c, approvalId, outcome);
        desk.conclude(c, caller.organization(), current, outcome,
                store.decisions(c, List.of(approvalId)).getOrDefault(approvalId, List.of()));
        return outcome;
    }

    @Override
    public boolean mayDecide(Caller person, UUID approvalId) {
        if (!person.has(Permission.APPROVALS_DECIDE)) {
            return false;
        }
        return inTenant(person.organization(), c -> {
            Optional<ApprovalStore.Row> row = store.find(c, approvalId, false);
            return row.isPresent() && row.get().state() == Approval.State.PENDING && mayDecide(person, row.get(),
                    store.decisions(c, List.of(approvalId)).getOrDefault(approvalId, List.of()));
        });
    }

    @Override
    public List<ApprovalTier> tiers(Caller caller) {
        guard.require(caller, Permission.APPROVALS_READ, "approval.tiers.read", "setting", ApprovalStore.TIERS_SETTING);
        return inTenant(caller.organization(), store::tiers);
    }

    @Override
    public List<ApprovalTier> replaceTiers(Caller caller, List<ApprovalTier> tiers) {
        guard.require(caller, Permission.SETTINGS_WRITE, "approval.tiers.replace", "setting",
                ApprovalStore.TIERS_SETTING);
        List<ApprovalTier> replaced = inTenant(caller.organization(), c -> {
            check(c, tiers);
            store.replaceTiers(c, caller.organization(), tiers);
            return store.tiers(c);
        });
        audit.record(AuditEvents.by(caller, "approval.tiers.replace").target("setting", ApprovalStore.TIERS_SETTING)
                .detail("tiers", replaced.stream().map(tier -> tier.above().toPlainString() + ":" + tier.role())
                        .toList().toString()).build());
        return replaced;
    }

    private void check(Connection c, List<ApprovalTier> tiers) throws SQLException {
        var problems = new LinkedHashMap<String, String>();
        if (tiers.size() > MOST_TIERS) {
            problems.put("tiers", "at most " + MOST_TIERS + " tiers");
        }
        var amounts = new HashSet<BigDecimal>();
        for (int i = 0; i < tiers.size(); i++) {
            ApprovalTier tier = tiers.get(i);
            if (tier.above().signum() < 0) {
                problems.put("tiers[" + i + "].above", "must not be negative");
            }
            if (!amounts.add(tier.above().stripTrailingZeros())) {
                problems.put("tiers[" + i + "].above", "another tier starts above " + tier.above().toPlainString());
            }
            if (BuiltInRole.named(tier.role()).isEmpty() && !store.roleExists(c, tier.role())) {
                problems.put("tiers[" + i + "].role", "'" + tier.role() + "' is not a role of this organisation");
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private ApprovalStore.Row find(Connection c, UUID id, boolean forUpdate) throws SQLException {
        return store.find(c, id, forUpdate).orElseThrow(() -> new NotFoundException("Approval " + id));
    }

    private List<Approval> approvals(Connection c, List<ApprovalStore.Row> rows) throws SQLException {
        return store.approvals(c, rows);
    }

    private <T> T inTenant(TenantId tenant, dev.platina.persistence.api.SqlWork<T> work) {
        return store.transactions().inTenant(tenant, work);
    }
}
