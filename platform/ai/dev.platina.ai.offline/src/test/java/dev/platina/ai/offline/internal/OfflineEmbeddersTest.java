package dev.platina.ai.offline.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OfflineEmbeddersTest {

    @Test
    void fallsBackToHashedVectorsWhenTheSentenceModelCannotLoad() {
        ClassLoader withoutModel = new ClassLoader(null) {
        };

        TextEmbedder embedder = OfflineEmbedders.best(withoutModel, 1);

        assertThat(embedder).isInstanceOf(HashedNgramEmbedder.class);
        assertThat(embedder.embed("where is my parcel")).hasSize(HashedNgramEmbedder.DIMENSION);
    }
}
