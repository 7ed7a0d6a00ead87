package dev.platina.ai.offline.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.platina.ai.api.PastCase;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real model, offline: all-MiniLM-L6-v2 from the LangChain4j model jar on ONNX Runtime. Prints load time and
 * speed for the README; asserts only on results, never on time.
 */
class SentenceModelTest {

    private static OnnxSentenceEmbedder model;

    @BeforeAll
    static void load() {
        long start = System.nanoTime();
        model = (OnnxSentenceEmbedder) OfflineEmbedders.sentenceModel(SentenceModelTest.class.getClassLoader(), 1);
        System.out.printf("Sentence model loaded in %d ms%n", (System.nanoTime() - start) / 1_000_000);
    }

    @AfterAll
    static void close() throws Exception {
        model.close();
    }

    @Test
    void tokenIdsMatchTheModelsVocabulary() throws Exception {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(OfflineEmbedders.TOKENIZER_RESOURCE)) {
            WordPieceTokenizer tokenizer = new WordPieceTokenizer(TokenizerVocabulary.read(in));
            // bert-base-uncased ids, which all-MiniLM-L6-v2 shares.
            assertThat(tokenizer.encode("Hello, world!", 16)).containsExactly(101, 7592, 1010, 2088, 999, 102);
        }
    }

    @Test
    void paraphrasesAreCloserThanUnrelatedSentences() {
        float[] refund = model.embed("I want my money back, the kettle arrived broken");
        float[] paraphrase = model.embed("Please refund me: the kettle was damaged when it came");
        float[] unrelated = model.embed("When does the next train to Berlin leave?");

        double close = TextEmbedder.cosine(refund, paraphrase);
        double far = TextEmbedder.cosine(refund, unrelated);
        System.out.printf("Sentence model: paraphrase %.3f, unrelated %.3f%n", close, far);

        assertThat(model.dimension()).isEqualTo(384);
        assertThat(close).isGreaterThan(far + 0.3);
    }

    @Test
    void aTextsVectorDoesNotDependOnWhatWasEmbeddedBefore() {
        float[] first = model.embed("short");
        model.embed("a somewhat longer sentence that would have needed padding in a batch");

        assertThat(model.embed("short")).containsExactly(first);
    }

    @Test
    void learnsFromApprovedCasesWithTheSentenceModel() {
        List<PastCase> history = new SupportInbox(42).decidedCases(150);
        List<SupportInbox.Message> heldOut = new SupportInbox(7).messages(200);
        RetrievalReasoner reasoner = new RetrievalReasoner(model, 1000);

        LearningCurveTest.Score day1 = LearningCurveTest.score(reasoner, history.subList(0, 5), heldOut);
        LearningCurveTest.Score day30 = LearningCurveTest.score(reasoner, history, heldOut);
        System.out.println("Sentence model, day 1: " + day1 + "; day 30: " + day30);

        assertThat(day30.accuracy()).isGreaterThan(day1.accuracy() * 1.3);
    }

    @Test
    void measureSpeed() {
        SupportInbox inbox = new SupportInbox(1);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            texts.add(inbox.next().text());
        }
        texts.subList(0, 20).forEach(model::embed); // warm-up
        long start = System.nanoTime();
        texts.forEach(model::embed);
        double perSecond = texts.size() / ((System.nanoTime() - start) / 1e9);
        System.out.printf("Sentence model: %.0f embeddings/s, one text at a time, %d processors%n", perSecond,
                Runtime.getRuntime().availableProcessors());
        assertThat(perSecond).isPositive();
    }
}
