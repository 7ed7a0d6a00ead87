package dev.platina.ai.offline.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HashedNgramEmbedderTest {

    private final HashedNgramEmbedder embedder = new HashedNgramEmbedder();

    @Test
    void textsSharingWordsAreCloserThanUnrelatedOnes() {
        float[] refund = embedder.embed("Please refund my order, the parcel arrived damaged");
        float[] refundAgain = embedder.embed("I want a refund, my parcel was damaged");
        float[] invoice = embedder.embed("Could you send the invoice for March to our accountant?");

        assertThat(TextEmbedder.cosine(refund, refundAgain)).isGreaterThan(TextEmbedder.cosine(refund, invoice) + 0.2);
    }

    @Test
    void vectorsAreUnitLengthAndTheSameEveryTime() {
        float[] a = embedder.embed("Where is my parcel?");
        assertThat(TextEmbedder.cosine(a, a)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-5));
        assertThat(embedder.embed("Where is my parcel?")).containsExactly(a);
    }

    @Test
    void emptyTextGivesTheZeroVector() {
        assertThat(TextEmbedder.cosine(embedder.embed(""), embedder.embed("refund"))).isZero();
    }
}
