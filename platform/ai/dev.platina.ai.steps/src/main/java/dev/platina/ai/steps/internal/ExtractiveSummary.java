package dev.platina.ai.steps.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The offline engine's summary: it writes nothing new, it keeps the sentences that share the most words with the
 * rest of the text (its gist), in their original order, within the word limit; sentences that share none (greetings,
 * pleasantries) are left out even when there is room.
 */
final class ExtractiveSummary {

    private static final Pattern SENTENCE = Pattern.compile("[^.!?\\n]+[.!?]*");
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{N}'-]*");
    private static final Set<String> COMMON = Set.of("the", "a", "an", "and", "or", "but", "to", "of", "in", "on",
            "for", "with", "at", "by", "from", "is", "are", "was", "were", "be", "been", "it", "this", "that", "i",
            "you", "we", "they", "he", "she", "my", "your", "our", "their", "me", "us", "have", "has", "had", "do",
            "does", "did", "not", "no", "so", "as", "if", "please", "thanks", "thank", "hi", "hello", "dear",
            "regards", "best", "will", "would", "can", "could");

    private ExtractiveSummary() {
    }

    record Summary(String text, int sentencesKept, int sentences) {
    }

    static Summary of(String text, int maxWords) {
        List<String> sentences = new ArrayList<>();
        Matcher matcher = SENTENCE.matcher(text);
        while (matcher.find()) {
            String sentence = matcher.group().trim();
            if (words(sentence).size() >= 3) {
                sentences.add(sentence);
            }
        }
        if (sentences.isEmpty()) {
            return new Summary(cut(text.trim(), maxWords), 1, 1);
        }
        Map<String, Integer> frequency = new HashMap<>();
        sentences.forEach(s -> words(s).stream().filter(w -> !COMMON.contains(w)).forEach(w -> frequency.merge(w, 1,
                Integer::sum)));
        List<Integer> ranked = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            ranked.add(i);
        }
        ranked.sort(Comparator.comparingDouble((Integer i) -> -score(sentences.get(i), frequency))
                .thenComparingInt(i -> i));
        List<Integer> kept = new ArrayList<>();
        int used = 0;
        for (int index : ranked) {
            if (!kept.isEmpty() && score(sentences.get(index), frequency) <= 0) {
                break;
            }
            int length = sentences.get(index).split("\\s+").length;
            if (used + length <= maxWords) {
                kept.add(index);
                used += length;
            }
        }
        if (kept.isEmpty()) {
            return new Summary(cut(sentences.get(ranked.get(0)), maxWords), 1, sentences.size());
        }
        kept.sort(Integer::compare);
        var summary = new StringBuilder();
        kept.forEach(index -> summary.append(summary.length() == 0 ? "" : " ").append(sentences.get(index)));
        return new Summary(summary.toString(), kept.size(), sentences.size());
    }

    private static double score(String sentence, Map<String, Integer> frequency) {
        List<String> words = words(sentence);
        double total = words.stream().filter(w -> !COMMON.contains(w)).mapToInt(w -> frequency.getOrDefault(w, 0) - 1)
                .sum();
        return total / Math.sqrt(words.size());
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            words.add(matcher.group().toLowerCase(Locale.ROOT));
        }
        return words;
    }

    private static String cut(String text, int maxWords) {
        String[] words = text.split("\\s+");
        return words.length <= maxWords ? text : String.join(" ", java.util.Arrays.copyOf(words, maxWords)) + "...";
    }
}
