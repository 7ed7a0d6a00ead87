package dev.platina.ai.offline.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Prints the replay's figures as Markdown tables, ready for the README. */
final class ReplayReport {

    private ReplayReport() {
    }

    static void print(List<AiLearningReplay.Curve> curves, List<ShopMail.Mail> heldOut, Map<String, String> options,
            double seconds) {
        Map<String, Integer> mix = new TreeMap<>();
        heldOut.forEach(m -> mix.merge(m.action(), 1, Integer::sum));
        System.out.printf(Locale.ROOT, "Options: %s; held-out e-mails: %d %s; %d processors, JDK %s, %.0f s%n%n",
                new TreeMap<>(options), heldOut.size(), mix, Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), seconds);

        System.out.println("| Engine | before day 1 | after day 1 | after day 30 | day 30 / day 1 | useful drafts day 1"
                + " -> 30 | confidence right / wrong, day 30 | online model alone, day 1 -> 30 | stream accuracy | outcomes"
                + " | state | run time |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|");
        for (AiLearningReplay.Curve c : curves) {
            AiLearningReplay.Score start = c.daily().get(0);
            AiLearningReplay.Score day1 = c.daily().get(1);
            AiLearningReplay.Score last = c.daily().get(c.daily().size() - 1);
            System.out.printf(Locale.ROOT,
                    "| %s | %.3f | %.3f | %.3f | %.2f | %.3f -> %.3f | %.2f / %.2f | %.3f -> %.3f | %.3f | %s | %,d B | %.0f s |%n",
                    c.label(), start.accuracy(), day1.accuracy(), last.accuracy(), last.accuracy() / day1.accuracy(),
                    day1.usefulDrafts(), last.usefulDrafts(), last.confidenceRight(), last.confidenceWrong(),
                    day1.modelAlone(), last.modelAlone(), c.streamAccuracy(), c.outcomes(), c.stateBytes(), c.seconds());
        }

        System.out.println();
        StringBuilder header = new StringBuilder("| Day |");
        StringBuilder rule = new StringBuilder("|---|");
        curves.forEach(c -> {
            header.append(' ').append(c.label()).append(" |");
            rule.append("---|");
        });
        System.out.println(header);
        System.out.println(rule);
        int days = curves.get(0).daily().size();
        for (int day = 0; day < days; day++) {
            StringBuilder row = new StringBuilder("| ").append(day).append(" |");
            for (AiLearningReplay.Curve c : curves) {
                row.append(String.format(Locale.ROOT, " %.3f |", c.daily().get(day).accuracy()));
            }
            System.out.println(row);
        }

        System.out.println();
        System.out.println("Per action after the last day (right / held-out e-mails of that action):");
        for (AiLearningReplay.Curve c : curves) {
            StringBuilder row = new StringBuilder(c.label()).append(":");
            c.perAction().forEach((action, t) -> row.append(String.format(Locale.ROOT, " %s %.0f/%.0f", action, t[0],
                    t[1])));
            System.out.println(row);
        }
    }
}
