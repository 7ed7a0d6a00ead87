package dev.platina.ai.offline.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fallback when ONNX Runtime cannot run here (an operating system or CPU its jar carries no native library
 * for): words and character trigrams hashed into a fixed-size vector, counts damped by a logarithm. It matches
 * shared words and word stems, not meaning ("refund" and "money back" are unrelated to it), so it needs more past
 * cases than the sentence model to propose as well. Pure Java and deterministic.
 */
final class HashedNgramEmbedder implements TextEmbedder {

    static final int DIMENSION = 1024;
    private static final double WORD_WEIGHT = 1.0;
    private static final double TRIGRAM_WEIGHT = 0.35;

    /** Words that occur in every kind of message and would otherwise dominate a vector without document counts. */
    private static final Set<String> STOP_WORDS = Set.of("a", "an", "the", "and", "or", "but", "i", "me", "my", "we",
            "our", "you", "your", "it", "its", "is", "are", "was", "were", "be", "been", "am", "to", "of", "in", "on",
            "at", "for", "with", "this", "that", "have", "has", "had", "do", "does", "did", "can", "could", "would",
            "will", "please", "hi", "hello", "dear", "thanks", "thank", "regards", "so", "as", "by", "from", "if");

    @Override
    public String name() {
        return "hashed word and trigram vectors (fallback)";
    }

    @Override
    public int dimension() {
        return DIMENSION;
    }

    @Override
    public float[] embed(String text) {
        Map<Integer, Double> counts = new HashMap<>();
        List<String> words = BertTextSplitter.words(text);
        for (String word : words) {
            if (word.length() < 2 || STOP_WORDS.contains(word) || !Character.isLetterOrDigit(word.codePointAt(0))) {
                continue;
            }
            add(counts, "w:" + word, WORD_WEIGHT);
            String padded = " " + word + " ";
            for (int i = 0; i + 3 <= padded.length(); i++) {
                add(counts, "t:" + padded.substring(i, i + 3), TRIGRAM_WEIGHT);
            }
        }
        float[] vector = new float[DIMENSION];
        counts.forEach((feature, weight) -> {
            int bucket = Math.floorMod(feature, DIMENSION);
            // A second hash bit picks the sign, so collisions cancel out on average instead of adding up.
            float sign = (feature >>> 31) == 0 ? 1f : -1f;
            vector[bucket] += sign * (float) Math.log1p(weight);
        });
        return TextEmbedder.normalise(vector);
    }

    private static void add(Map<Integer, Double> counts, String feature, double weight) {
        counts.merge(mix(feature.hashCode()), weight, Double::sum);
    }

    /** String.hashCode is fixed by the Java specification; mixing spreads its low bits over all buckets. */
    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        return h ^ (h >>> 16);
    }
}
