package dev.platina.ai.offline.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * BERT WordPiece in pure Java: greedy longest-match of vocabulary pieces, continuation pieces prefixed with
 * {@code ##}, a word that cannot be covered becomes {@code [UNK]}. Written here rather than taken from a library
 * because the usual Java binding (DJL's) is native code that extracts a second shared library at run time; this
 * one is short and has no such step.
 */
final class WordPieceTokenizer {

    private static final int MAX_CHARS_PER_WORD = 100;

    private final Map<String, Integer> vocabulary;
    private final int cls;
    private final int sep;
    private final int unk;

    WordPieceTokenizer(Map<String, Integer> vocabulary) {
        this.vocabulary = Map.copyOf(vocabulary);
        this.cls = id("[CLS]");
        this.sep = id("[SEP]");
        this.unk = id("[UNK]");
    }

    private int id(String special) {
        return Objects.requireNonNull(vocabulary.get(special), () -> "The vocabulary has no " + special);
    }

    /** {@code [CLS] pieces... [SEP]}, at most {@code maxTokens} ids: longer text is cut at the end. */
    long[] encode(String text, int maxTokens) {
        List<Integer> ids = new ArrayList<>();
        ids.add(cls);
        for (String word : BertTextSplitter.words(text)) {
            if (ids.size() >= maxTokens - 1) {
                break;
            }
            pieces(word, ids);
        }
        if (ids.size() > maxTokens - 1) {
            ids.subList(maxTokens - 1, ids.size()).clear();
        }
        ids.add(sep);
        return ids.stream().mapToLong(Integer::longValue).toArray();
    }

    private void pieces(String word, List<Integer> out) {
        if (word.codePointCount(0, word.length()) > MAX_CHARS_PER_WORD) {
            out.add(unk);
            return;
        }
        List<Integer> found = new ArrayList<>();
        int start = 0;
        while (start < word.length()) {
            int end = word.length();
            Integer piece = null;
            while (start < end) {
                String candidate = (start > 0 ? "##" : "") + word.substring(start, end);
                piece = vocabulary.get(candidate);
                if (piece != null) {
                    break;
                }
                end = Character.isLowSurrogate(word.charAt(end - 1)) && end - 2 > start ? end - 2 : end - 1;
            }
            if (piece == null) {
                out.add(unk);
                return;
            }
            found.add(piece);
            start = end;
        }
        out.addAll(found);
    }
}
