package dev.platina.ai.learning.internal;

import dev.platina.ai.api.Calibration;
import dev.platina.ai.api.PastCase;
import dev.platina.ai.api.PiiMasker;
import dev.platina.ai.api.Proposal;
import dev.platina.ai.api.Recollection;
import dev.platina.core.api.SecretCipher;
import dev.platina.persistence.api.TenantId;
import dev.platina.persistence.api.TenantTransactions;
import dev.platina.workflow.api.Approval;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Organisations' AI memory as data: pending proposals, decided cases, online models, opt-outs. Every method runs in
 * the organisation's own transaction, so row-level security keeps one organisation's memory from another's.
 * Permission checks and audit are the callers' ({@link DefaultAiMemory}, {@link FeedbackListener}).
 */
@Component(service = OrganisationMemory.class)
public final class OrganisationMemory {

    static final int MAX_RECALL = 5_000;
    /** Longer than any approval waits; a proposal older than this lost its run (failed, cancelled, notice lost). */
    static final Duration PENDING_FOR_AT_MOST = Duration.ofDays(90);

    private final TenantTransactions transactions;
    private final PiiMasker masker;
    private final SecretCipher cipher;
    private final EngineReasoners reasoners;
    private final Clock clock;
    private final Pseudonyms pseudonyms;
    private final PendingProposals pending = new PendingProposals();
    private final DecidedCases cases = new DecidedCases();
    private final LearnedStates states = new LearnedStates();
    private final OptOuts optOuts = new OptOuts();
    private final OnlineModels models;
    private final FeedbackRecorder feedback;
    private final CalibrationCache calibrations = new CalibrationCache();

    @Activate
    public OrganisationMemory(@Reference TenantTransactions transactions, @Reference PiiMasker masker,
            @Reference SecretCipher cipher, @Reference EngineReasoners reasoners) {
        this(transactions, masker, cipher, reasoners, Clock.systemUTC());
    }

    OrganisationMemory(TenantTransactions transactions, PiiMasker masker, SecretCipher cipher,
            EngineReasoners reasoners, Clock clock) {
        this.transactions = transactions;
        this.masker = masker;
        this.cipher = cipher;
        this.reasoners = reasoners;
        this.clock = clock;
        this.pseudonyms = new Pseudonyms(cipher);
        this.models = new OnlineModels(reasoners, cases, states);
        this.feedback = new FeedbackRecorder(masker, cipher, pseudonyms, pending, cases, optOuts, models);
    }

    void remember(TenantId tenant, UUID runId, String nodeId, String text, Proposal proposal) {
        MaskedCase masked = MaskedCase.mask(masker, text, proposal.parameters(), proposal.draft());
        UUID id = UUID.randomUUID();
        byte[] sealed = cipher.encrypt(Json.bytes(masked.placeholders()), FeedbackRecorder.purpose(tenant, id));
        Instant now = clock.instant();
        transactions.inTenant(tenant, c -> {
            pending.forgetOlderThan(c, now.minus(PENDING_FOR_AT_MOST));
            pending.insert(c, tenant, id, runId, nodeId, proposal, masked, sealed, now);
            return null;
        });
    }

    FeedbackRecorder.Result settled(TenantId tenant, Approval approval) {
        FeedbackRecorder.Result result = transactions.inTenant(tenant, c -> feedback.record(c, tenant, approval,
                clock.instant()));
        if (result == FeedbackRecorder.Result.STORED) {
            calibrations.forget(tenant);
        }
        return result;
    }

    /** The newest cases of every engine (the people's decisions hold whichever engine proposed) and the state. */
    Recollection recall(TenantId tenant, String engine, int limit) {
        int capped = Math.max(0, Math.min(limit, MAX_RECALL));
        return transactions.inTenant(tenant, c -> {
            List<PastCase> newest = capped == 0 ? List.of() : cases.newest(c, capped);
            Optional<LearnedStates.State> state = states.read(c, engine);
            if (state.isEmpty() && reasoners.forEngine(engine).isPresent() && cases.count(c, engine) > 0) {
                // Missing while cases exist: the engine was away or failed when feedback came. Catch up now.
                pseudonyms.lock(c, tenant);
                models.rebuild(c, tenant, engine, clock.instant());
                state = states.read(c, engine);
            }
            return new Recollection(newest, state.map(LearnedStates.State::bytes).orElse(new byte[0]));
        });
    }

    Calibration calibrate(TenantId tenant, String engine, double raw) {
        return curve(tenant, engine).calibrate(raw);
    }

    CalibrationCurve curve(TenantId tenant, String engine) {
        return calibrations.get(tenant, engine, () -> CalibrationCurve.fit(transactions.inTenant(tenant,
                c -> cases.judged(c, engine))));
    }

    boolean learnsFrom(TenantId tenant, UUID userId) {
        return transactions.inTenant(tenant, c -> {
            Optional<Pseudonyms.Pseudonymiser> existing = pseudonyms.existing(c, tenant);
            return existing.isEmpty() || !optOuts.anyOf(c, List.of(existing.get().of(userId)));
        });
    }

    /** Opts the person out, purges the cases they took part in and rebuilds the states those cases were in. */
    int optOut(TenantId tenant, UUID userId) {
        int purged = transactions.inTenant(tenant, c -> {
            String reviewer = pseudonyms.lock(c, tenant).of(userId);
            optOuts.add(c, tenant, reviewer, clock.instant());
            List<String> engines = cases.purge(c, reviewer);
            for (String engine : engines.stream().distinct().toList()) {
                models.rebuild(c, tenant, engine, clock.instant());
            }
            return engines.size();
        });
        calibrations.forget(tenant);
        return purged;
    }

    /** Learning from the person again, from now on: purged cases do not come back. */
    void optIn(TenantId tenant, UUID userId) {
        transactions.inTenant(tenant, c -> {
            Optional<Pseudonyms.Pseudonymiser> existing = pseudonyms.existing(c, tenant);
            if (existing.isPresent()) {
                optOuts.remove(c, existing.get().of(userId));
            }
            return null;
        });
    }

    MemorySummary summary(TenantId tenant) {
        return new SummaryReader(cases, states, pending, this::curve).read(tenant, transactions);
    }
}
