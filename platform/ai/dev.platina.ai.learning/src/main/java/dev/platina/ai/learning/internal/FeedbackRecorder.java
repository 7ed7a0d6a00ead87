package dev.platina.ai.learning.internal;

import dev.platina.ai.api.MaskingSession;
import dev.platina.ai.api.PastCase;
import dev.platina.ai.api.PiiMasker;
import dev.platina.core.api.SecretCipher;
import dev.platina.persistence.api.TenantId;
import dev.platina.workflow.api.Approval;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Turns a settled approval into a stored case, in the organisation's transaction. */
final class FeedbackRecorder {

    /** What became of a settled approval. */
    enum Result {
        STORED,
        NOTHING_PENDING,
        NOT_DECIDED,
        NOT_BY_PEOPLE,
        UNKNOWN_DECIDER,
        OPTED_OUT
    }

    private final PiiMasker masker;
    private final SecretCipher cipher;
    private final Pseudonyms pseudonyms;
    private final PendingProposals pending;
    private final DecidedCases cases;
    private final OptOuts optOuts;
    private final OnlineModels models;
    private final Deciders deciders = new Deciders();

    FeedbackRecorder(PiiMasker masker, SecretCipher cipher, Pseudonyms pseudonyms, PendingProposals pending,
            DecidedCases cases, OptOuts optOuts, OnlineModels models) {
        this.masker = masker;
        this.cipher = cipher;
        this.pseudonyms = pseudonyms;
        this.pending = pending;
        this.cases = cases;
        this.optOuts = optOuts;
        this.models = models;
    }

    Result record(Connection c, TenantId tenant, Approval approval, Instant now) throws SQLException {
        Instant notAfter = approval.createdAt() == null ? now : approval.createdAt();
        Optional<PendingProposals.Pending> found = pending.latestUnresolved(c, approval.runId(), notAfter);
        if (found.isEmpty()) {
            return Result.NOTHING_PENDING;
        }
        PendingProposals.Pending proposal = found.get();
        // Gone whatever follows, its sealed placeholder table with it (read below, in this transaction, if needed).
        pending.resolve(c, proposal.id());
        var settled = new SettledApproval(approval);
        if (!settled.decided()) {
            return Result.NOT_DECIDED;
        }
        if (!settled.byPeople()) {
            return Result.NOT_BY_PEOPLE;
        }
        Pseudonyms.Pseudonymiser pseudonymiser = pseudonyms.lock(c, tenant);
        List<String> usernames = settled.deciders();
        Map<String, UUID> ids = deciders.ids(c, usernames);
        if (!ids.keySet().containsAll(usernames)) {
            // Without the id there is no pseudonym to check against opt-outs: keep nothing rather than guess.
            return Result.UNKNOWN_DECIDER;
        }
        List<String> reviewers = usernames.stream().map(name -> pseudonymiser.of(ids.get(name))).toList();
        if (optOuts.anyOf(c, reviewers)) {
            return Result.OPTED_OUT;
        }
        DecidedCase decided = decidedCase(tenant, proposal, settled, reviewers, now);
        cases.insert(c, tenant, decided);
        models.learn(c, tenant, decided, now);
        return Result.STORED;
    }

    private DecidedCase decidedCase(TenantId tenant, PendingProposals.Pending proposal, SettledApproval settled,
            List<String> reviewers, Instant now) throws SQLException {
        UUID id = UUID.randomUUID();
        PastCase.Outcome outcome = settled.outcome();
        Instant decidedAt = settled.decidedAt(now);
        if (outcome != PastCase.Outcome.EDITED) {
            PastCase past = new PastCase(id.toString(), proposal.text(), proposal.action(), proposal.parameters(),
                    proposal.draft(), outcome);
            return new DecidedCase(id, proposal.engine(), past, proposal.action(), proposal.parameters(),
                    proposal.draft(), proposal.rawConfidence(), reviewers, decidedAt);
        }
        // The edited values come in clear. Put the originals back into the stored text and proposal with the
        // sealed table, then mask everything again in one new session: text first, as before, so the text keeps its
        // placeholders and the edits get the same ones for the same people.
        Map<String, String> table = Json.fromBytes(cipher.decrypt(proposal.sealedPlaceholders(),
                purpose(tenant, proposal.id())));
        Map<String, String> proposedParameters = MaskedCase.unmaskAll(proposal.parameters(), table);
        String proposedDraft = MaskedCase.unmask(proposal.draft(), table);
        MaskingSession session = masker.session();
        String text = session.mask(MaskedCase.unmask(proposal.text(), table));
        Map<String, String> parameters = MaskedCase.maskAll(session, settled.finalParameters()
                .orElse(proposedParameters));
        String draft = session.mask(settled.finalDraft().orElse(proposedDraft));
        PastCase past = new PastCase(id.toString(), text, settled.finalAction().orElse(proposal.action()),
                parameters, draft, outcome);
        return new DecidedCase(id, proposal.engine(), past, proposal.action(),
                MaskedCase.maskAll(session, proposedParameters), session.mask(proposedDraft),
                proposal.rawConfidence(), reviewers, decidedAt);
    }

    /** The sealed table opens only for the proposal it was sealed for. */
    static String purpose(TenantId tenant, UUID pendingId) {
        return "ai-learning-placeholders:" + tenant.value() + ":" + pendingId;
    }
}
