package dev.platina.ai.learning.internal;

import dev.platina.ai.api.CaseReasoner;
import dev.platina.persistence.api.TenantId;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps each engine's online model in step with the organisation's cases. Callers hold the organisation's learning
 * lock ({@link Pseudonyms#lock}). A state that cannot be brought up to date (engine absent, engine failed) is
 * deleted rather than kept stale: no state means "rebuild from the cases" the next time the engine is there, and a
 * purged case can never survive in a state.
 */
final class OnlineModels {

    private static final Logger LOG = LoggerFactory.getLogger(OnlineModels.class);

    private final EngineReasoners reasoners;
    private final DecidedCases cases;
    private final LearnedStates states;

    OnlineModels(EngineReasoners reasoners, DecidedCases cases, LearnedStates states) {
        this.reasoners = reasoners;
        this.cases = cases;
        this.states = states;
    }

    /** Folds a case just stored into its engine's state. */
    void learn(Connection c, TenantId tenant, DecidedCase added, Instant now) throws SQLException {
        String engine = added.engine();
        Optional<CaseReasoner> reasoner = reasoners.forEngine(engine);
        if (reasoner.isEmpty()) {
            states.delete(c, engine);
            return;
        }
        Optional<LearnedStates.State> current = states.lock(c, engine);
        if (current.isEmpty()) {
            rebuild(c, tenant, engine, now);
            return;
        }
        try {
            byte[] next = reasoner.get().learn(current.get().bytes(), added.decided(), Optional.of(added.proposal()));
            states.write(c, tenant, new LearnedStates.State(engine, next == null ? new byte[0] : next,
                    current.get().cases() + 1, now));
        } catch (RuntimeException e) {
            failed(c, tenant, engine, e);
        }
    }

    /** Replays the engine's remaining cases, in decided order, from an empty state. */
    void rebuild(Connection c, TenantId tenant, String engine, Instant now) throws SQLException {
        Optional<CaseReasoner> reasoner = reasoners.forEngine(engine);
        if (reasoner.isEmpty()) {
            states.delete(c, engine);
            return;
        }
        byte[] state = new byte[0];
        int learnt = 0;
        try {
            for (DecidedCase one : cases.inDecidedOrder(c, engine)) {
                byte[] next = reasoner.get().learn(state, one.decided(), Optional.of(one.proposal()));
                state = next == null ? new byte[0] : next;
                learnt++;
            }
        } catch (RuntimeException e) {
            failed(c, tenant, engine, e);
            return;
        }
        states.write(c, tenant, new LearnedStates.State(engine, state, learnt, now));
    }

    private void failed(Connection c, TenantId tenant, String engine, RuntimeException e) throws SQLException {
        // The exception class only: its message could quote the case the engine was learning.
        LOG.warn("The {} engine could not learn for organisation {} ({}); its state will be rebuilt from the cases",
                engine, tenant, Failures.describe(e));
        states.delete(c, engine);
    }
}
