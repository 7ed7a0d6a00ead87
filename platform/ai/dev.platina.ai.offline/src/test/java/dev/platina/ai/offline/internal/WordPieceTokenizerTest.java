package dev.platina.ai.offline.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class WordPieceTokenizerTest {

    private final WordPieceTokenizer tokenizer = new WordPieceTokenizer(Map.ofEntries(Map.entry("[PAD]", 0),
            Map.entry("[UNK]", 1), Map.entry("[CLS]", 2), Map.entry("[SEP]", 3), Map.entry("un", 4),
            Map.entry("##aff", 5), Map.entry("##able", 6), Map.entry("cafe", 7), Map.entry("!", 8),
            Map.entry("$", 9), Map.entry("5", 10), Map.entry("中", 11)));

    @Test
    void splitsWordsIntoLongestVocabularyPieces() {
        assertThat(tokenizer.encode("unaffable", 10)).containsExactly(2, 4, 5, 6, 3);
    }

    @Test
    void lowerCasesStripsAccentsAndSplitsPunctuation() {
        assertThat(tokenizer.encode("CAFÉ!", 10)).containsExactly(2, 7, 8, 3);
        assertThat(tokenizer.encode("$5", 10)).containsExactly(2, 9, 10, 3);
    }

    @Test
    void aWordThatCannotBeCoveredIsUnknown() {
        assertThat(tokenizer.encode("unxyz cafe", 10)).containsExactly(2, 1, 7, 3);
    }

    @Test
    void cjkIdeographsAreWordsOfTheirOwn() {
        assertThat(tokenizer.encode("cafe中cafe", 10)).containsExactly(2, 7, 11, 7, 3);
    }

    @Test
    void cutsLongTextKeepingTheEndMarker() {
        assertThat(tokenizer.encode("cafe cafe cafe cafe cafe", 4)).containsExactly(2, 7, 7, 3);
    }
}
