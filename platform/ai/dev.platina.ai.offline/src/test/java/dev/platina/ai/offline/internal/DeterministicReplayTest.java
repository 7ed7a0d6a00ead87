package dev.platina.ai.offline.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.platina.ai.api.ActionTemplate;
import dev.platina.ai.api.PastCase;
import dev.platina.ai.api.PastCase.Outcome;
import dev.platina.ai.api.Proposal;
import dev.platina.ai.api.ProposalRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.ToDoubleFunction;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * A small replay of days of support mail with simulated reviewers, as the memory would run it: each day the engine
 * proposes for every message with the decided cases and learned state so far, the reviewers approve right proposals,
 * edit wrong ones to the right action (70%) or reject them, now and then slipping (3%), and the decisions are folded in
 * as cases and through {@link RetrievalReasoner#learn}. Pure-Java vectors, so it is fast and the same everywhere.
 */
class DeterministicReplayTest {

    private static final int DAYS = 10;
    private static final int PER_DAY = 12;
    private static final List<SupportInbox.Message> HELD_OUT = new SupportInbox(7).messages(150);

    private final RetrievalReasoner reasoner = new RetrievalReasoner(new HashedNgramEmbedder(), 10_000);

    /** One organisation's memory: its cases, newest first, and its learned state. */
    private static final class Tenant {
        final List<PastCase> cases = new ArrayList<>();
        byte[] state = new byte[0];
    }

    /** Runs {@code days} days of one organisation's mail; {@code rule} maps the inbox's action to the tenant's. */
    private List<Double> replay(Tenant tenant, long seed, int days, UnaryOperator<String> rule) {
        SupportInbox inbox = new SupportInbox(seed);
        Random reviewer = new Random(seed + 1);
        List<String> actions = SupportInbox.ACTIONS.stream().map(ActionTemplate::action).toList();
        List<Double> curve = new ArrayList<>();
        for (int day = 1; day <= days; day++) {
            Map<PastCase, Proposal> decided = new LinkedHashMap<>();
            for (int i = 0; i < PER_DAY; i++) {
                SupportInbox.Message m = inbox.next();
                String right = rule.apply(m.action());
                Proposal p = propose(tenant.cases, tenant.state, m);
                boolean slip = reviewer.nextDouble() < 0.03;
                boolean proposedRight = p.action().equals(right);
                Outcome outcome;
                String action;
                if (proposedRight != slip) {
                    // Right and approved, or (a slip) wrong and approved all the same.
                    outcome = Outcome.APPROVED;
                    action = p.action();
                } else if (proposedRight) {
                    // A slip: a right proposal edited to a wrong action.
                    outcome = Outcome.EDITED;
                    action = actions.get((actions.indexOf(right) + 1) % actions.size());
                } else if (reviewer.nextDouble() < 0.7) {
                    outcome = Outcome.EDITED;
                    action = right;
                } else {
                    outcome = Outcome.REJECTED;
                    action = p.action();
                }
                decided.put(new PastCase(seed + "-" + day + "-" + i, m.text(), action, m.fields(), "", outcome), p);
            }
            decided.forEach((c, p) -> {
                tenant.cases.add(0, c);
                tenant.state = reasoner.learn(tenant.state, c, Optional.of(p));
            });
            curve.add(accuracy(tenant.cases, tenant.state, rule));
        }
        return curve;
    }

    private Proposal propose(List<PastCase> cases, byte[] state, SupportInbox.Message m) {
        return reasoner.propose(new ProposalRequest(m.text(), m.fields(), SupportInbox.ACTIONS, cases, state));
    }

    private double accuracy(List<PastCase> cases, byte[] state, UnaryOperator<String> rule) {
        return HELD_OUT.stream().filter(m -> propose(cases, state, m).action().equals(rule.apply(m.action())))
                .count() / (double) HELD_OUT.size();
    }

    private List<Proposal> proposals(List<PastCase> cases, byte[] state) {
        return HELD_OUT.stream().map(m -> propose(cases, state, m)).toList();
    }

    @Test
    void accuracyOnHeldOutMessagesRisesOverTheDays() {
        Tenant tenant = new Tenant();

        List<Double> curve = replay(tenant, 42, DAYS, UnaryOperator.identity());
        System.out.println("Replay accuracy by day: " + curve);

        assertThat(curve.get(DAYS - 1)).isGreaterThan(curve.get(0) + 0.2).isGreaterThan(curve.get(0) * 1.3);
    }

    @Test
    void theLearnedStateAloneCarriesWhatTheOnlineModelLearnt() {
        Tenant tenant = new Tenant();
        replay(tenant, 42, DAYS, UnaryOperator.identity());
        // Without descriptions and without cases, only the learned state can tell the actions apart.
        List<ActionTemplate> undescribed = SupportInbox.ACTIONS.stream()
                .map(a -> new ActionTemplate(a.action(), "", a.draftTemplate())).toList();
        ToDoubleFunction<byte[]> accuracy = state -> HELD_OUT.stream().filter(m -> reasoner.propose(
                new ProposalRequest(m.text(), m.fields(), undescribed, List.of(), state)).action().equals(m.action()))
                .count() / (double) HELD_OUT.size();

        double nothingLearnt = accuracy.applyAsDouble(new byte[0]);
        double stateOnly = accuracy.applyAsDouble(tenant.state);
        System.out.printf("Without cases or descriptions: %.2f with no state, %.2f with the learned state%n",
                nothingLearnt, stateOnly);

        assertThat(stateOnly).isGreaterThan(nothingLearnt + 0.4);
        String rationale = reasoner.propose(new ProposalRequest(HELD_OUT.get(0).text(), Map.of(), undescribed,
                tenant.cases, tenant.state)).rationale();
        System.out.println("Rationale: " + rationale);
        assertThat(rationale).contains("Online model (learnt from " + DAYS * PER_DAY + " cases");
    }

    @Test
    void oneTenantsLearningNeverChangesAnotherTenantsProposals() {
        Tenant b = new Tenant();
        // Tenant B's people handle complaints as refunds: its learning must show in its proposals only.
        UnaryOperator<String> bRule = a -> a.equals("escalate_complaint") ? "refund" : a;
        replay(b, 99, 4, bRule);
        byte[] bState = b.state.clone();
        List<Proposal> before = proposals(b.cases, b.state);

        Tenant a = new Tenant();
        replay(a, 42, DAYS, UnaryOperator.identity());

        assertThat(proposals(b.cases, b.state)).isEqualTo(before);
        assertThat(b.state).isEqualTo(bState);
        // And the states do differ, so the check above could fail if one leaked into the other.
        assertThat(proposals(List.of(), a.state)).isNotEqualTo(proposals(List.of(), b.state));
    }
}
