package dev.platina.ai.offline.internal;

import dev.platina.ai.api.MaskingSession;
import dev.platina.ai.api.PastCase;
import dev.platina.ai.api.PiiMasker;
import dev.platina.ai.api.Proposal;
import dev.platina.ai.api.ProposalRequest;
import dev.platina.ai.trust.internal.PlaceholderPiiMasker;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;

/**
 * The offline engine's learning over 30 days of a small online shop's customer e-mails ({@link ShopMail}, fixed
 * seed), decided by simulated reviewers ({@link ShopReviewer}). Each day it proposes an action and a draft for every
 * e-mail of the day with the memory so far (the decided cases, masked with the trust layer's
 * {@link PlaceholderPiiMasker} as production stores them, newest first, at most {@code --recall}: 2,000 like the
 * {@code ai.decide} step) and the learned
 * state, then folds the reviewers' decisions in: the cases join the memory, and each goes through
 * {@link RetrievalReasoner#learn}. Before day 1 and after every day it measures, on the same ~300 held-out e-mails
 * (another seed), how often the proposed action is the right one and how often the draft could be sent as it is
 * ({@link ShopReviewer#usefulDraft}). It runs the same stream with the sentence model and with the fallback vectors,
 * each with the online model and without it (neighbours and descriptions only).
 *
 * <pre>java -cp benchmarks.jar dev.platina.ai.offline.internal.AiLearningReplay [--days 30] [--seed 42]
 *     [--heldout 300] [--min-per-day 40] [--max-per-day 80] [--recall 2000] [--edit-rate 0.7]
 *     [--error-rate 0.03] [--embedders onnx,hashed] [--wording seen|unseen]</pre>
 */
public final class AiLearningReplay {

    /** How the engine did on the held-out e-mails at one moment. */
    record Score(double accuracy, double usefulDrafts, double confidenceRight, double confidenceWrong,
            double modelAlone) {
    }

    /** One replay's curve (index 0 before day 1), what the reviewers saw, and the final learned state's size. */
    record Curve(String label, List<Score> daily, double streamAccuracy, Map<String, Integer> outcomes,
            int stateBytes, Map<String, double[]> perAction, double seconds) {
    }

    private final Map<String, String> options;
    private final List<ShopMail.Mail> heldOut;
    private final PiiMasker masker = new PlaceholderPiiMasker();
    private TextEmbedder embedder;

    private AiLearningReplay(Map<String, String> options) {
        this.options = options;
        this.heldOut = new ShopMail(seed() + 1_000_003, unseenWording() ? i -> i % 4 == 3 : i -> true)
                .next(intOption("heldout", 300));
    }

    public static void main(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        new AiLearningReplay(options).run();
    }

    private void run() {
        long start = System.nanoTime();
        List<Curve> curves = new ArrayList<>();
        for (String name : options.getOrDefault("embedders", "onnx,hashed").split(",")) {
            TextEmbedder embedder = new RememberingEmbedder(name.equals("onnx")
                    ? OfflineEmbedders.sentenceModel(AiLearningReplay.class.getClassLoader(), 1)
                    : new HashedNgramEmbedder());
            String shortName = name.equals("onnx") ? "MiniLM" : "hashed";
            curves.add(replay(shortName + ", neighbours only", embedder, false));
            curves.add(replay(shortName + ", neighbours + online model", embedder, true));
        }
        ReplayReport.print(curves, heldOut, options, (System.nanoTime() - start) / 1e9);
    }

    private Curve replay(String label, TextEmbedder embedder, boolean onlineModel) {
        long start = System.nanoTime();
        RetrievalReasoner reasoner = new RetrievalReasoner(embedder, 100_000);
        this.embedder = embedder;
        ShopMail stream = new ShopMail(seed(), unseenWording() ? i -> i % 4 != 3 : i -> true);
        ShopReviewer reviewer = new ShopReviewer(seed() + 1, doubleOption("edit-rate", 0.7),
                doubleOption("error-rate", 0.03));
        Random dayLength = new Random(seed() + 2);
        int min = intOption("min-per-day", 40);
        int max = intOption("max-per-day", 80);
        Deque<PastCase> memory = new ArrayDeque<>();
        byte[] state = new byte[0];
        List<Score> daily = new ArrayList<>();
        Map<String, Integer> outcomes = new TreeMap<>();
        int streamRight = 0;
        int streamTotal = 0;
        daily.add(evaluate(reasoner, recall(memory), state, null));
        Map<String, double[]> perAction = new TreeMap<>();
        for (int day = 1; day <= intOption("days", 30); day++) {
            List<PastCase> cases = recall(memory);
            List<Folded> folded = new ArrayList<>();
            int i = 0;
            for (ShopMail.Mail mail : stream.next(min + dayLength.nextInt(max - min + 1))) {
                MaskingSession session = masker.session();
                Proposal masked = propose(reasoner, session, mail, cases, state);
                ShopReviewer.Decision decision = reviewer.decide(mail, unmasked(masked, session));
                streamRight += masked.action().equals(mail.action()) ? 1 : 0;
                streamTotal++;
                outcomes.merge(decision.outcome().name().toLowerCase(Locale.ROOT), 1, Integer::sum);
                folded.add(new Folded(new PastCase("d" + day + "-" + i++, session.mask(mail.text()), decision.action(),
                        maskedFields(session, mail), session.mask(decision.draft()), decision.outcome()), masked));
            }
            for (Folded f : folded) {
                memory.addFirst(f.decided());
                if (onlineModel) {
                    state = reasoner.learn(state, f.decided(), Optional.of(f.proposed()));
                }
            }
            boolean last = day == intOption("days", 30);
            daily.add(evaluate(reasoner, recall(memory), state, last ? perAction : null));
            System.err.printf(Locale.ROOT, "%s: day %d, %d cases, accuracy %.3f (model alone %.3f)%n", label, day,
                    memory.size(), daily.get(day).accuracy(), daily.get(day).modelAlone());
        }
        return new Curve(label, daily, (double) streamRight / streamTotal, outcomes, state.length, perAction,
                (System.nanoTime() - start) / 1e9);
    }

    private record Folded(PastCase decided, Proposal proposed) {
    }

    private Score evaluate(RetrievalReasoner reasoner, List<PastCase> cases, byte[] state,
            Map<String, double[]> perAction) {
        int right = 0;
        int useful = 0;
        int modelRight = 0;
        OnlineModel model = new OnlineModelCodec(embedder).read(state);
        List<String> actions = ShopPhrases.ACTIONS.stream().map(a -> a.action()).toList();
        double confidenceRight = 0;
        double confidenceWrong = 0;
        for (ShopMail.Mail mail : heldOut) {
            MaskingSession session = masker.session();
            Proposal masked = propose(reasoner, session, mail, cases, state);
            boolean hit = masked.action().equals(mail.action());
            Map<String, Double> p = model.probabilities(embedder.embed(session.mask(mail.text())), actions);
            modelRight += p.entrySet().stream().max(Map.Entry.comparingByValue())
                    .filter(e -> e.getKey().equals(mail.action())).isPresent() ? 1 : 0;
            right += hit ? 1 : 0;
            useful += ShopReviewer.usefulDraft(mail, unmasked(masked, session)) ? 1 : 0;
            if (hit) {
                confidenceRight += masked.confidence();
            } else {
                confidenceWrong += masked.confidence();
            }
            if (perAction != null) {
                double[] tally = perAction.computeIfAbsent(mail.action(), a -> new double[2]);
                tally[0] += hit ? 1 : 0;
                tally[1]++;
            }
        }
        int wrong = heldOut.size() - right;
        return new Score((double) right / heldOut.size(), (double) useful / heldOut.size(),
                right == 0 ? 0 : confidenceRight / right, wrong == 0 ? 0 : confidenceWrong / wrong,
                (double) modelRight / heldOut.size());
    }

    private static Proposal propose(RetrievalReasoner reasoner, MaskingSession session, ShopMail.Mail mail,
            List<PastCase> cases, byte[] state) {
        return reasoner.propose(new ProposalRequest(session.mask(mail.text()), maskedFields(session, mail),
                ShopPhrases.ACTIONS, cases, state));
    }

    private static Map<String, String> maskedFields(MaskingSession session, ShopMail.Mail mail) {
        Map<String, String> fields = new LinkedHashMap<>();
        mail.fields().forEach((k, v) -> fields.put(k, session.mask(v)));
        return fields;
    }

    private static Proposal unmasked(Proposal p, MaskingSession session) {
        Map<String, String> parameters = new LinkedHashMap<>();
        p.parameters().forEach((k, v) -> parameters.put(k, session.unmask(v)));
        return new Proposal(p.action(), parameters, session.unmask(p.draft()), p.confidence(), p.rationale(),
                p.precedents(), p.engine());
    }

    private List<PastCase> recall(Deque<PastCase> memory) {
        return memory.stream().limit(intOption("recall", 2000)).toList();
    }

    /**
     * With {@code --wording unseen}, every fourth way of asking for each action is kept out of the 30 days and the
     * held-out e-mails use only those: how the engine does on requests worded unlike any it was taught.
     */
    private boolean unseenWording() {
        return options.getOrDefault("wording", "seen").equals("unseen");
    }

    private long seed() {
        return Long.parseLong(options.getOrDefault("seed", "42"));
    }

    private int intOption(String name, int fallback) {
        return Integer.parseInt(options.getOrDefault(name, Integer.toString(fallback)));
    }

    private double doubleOption(String name, double fallback) {
        return Double.parseDouble(options.getOrDefault(name, Double.toString(fallback)));
    }

    /**
     * Keeps every vector it made: the held-out e-mails come back after every day. Embedding one text at a time gives
     * the same vector every time (see the offline module's README), so this changes no result, only the run time.
     */
    private static final class RememberingEmbedder implements TextEmbedder {
        private final TextEmbedder embedder;
        private final Map<String, float[]> vectors = new HashMap<>();

        RememberingEmbedder(TextEmbedder embedder) {
            this.embedder = embedder;
        }

        @Override
        public String name() {
            return embedder.name();
        }

        @Override
        public int dimension() {
            return embedder.dimension();
        }

        @Override
        public float[] embed(String text) {
            return vectors.computeIfAbsent(text, embedder::embed);
        }
    }
}
