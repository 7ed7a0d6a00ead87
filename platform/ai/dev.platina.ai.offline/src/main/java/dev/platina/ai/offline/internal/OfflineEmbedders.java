package dev.platina.ai.offline.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Picks the embedder: the all-MiniLM-L6-v2 sentence model on ONNX Runtime when its native library loads here, else
 * the pure-Java hashed vectors, so that the offline engine always answers, and says which one it uses.
 */
final class OfflineEmbedders {

    static final String MODEL_NAME = "all-MiniLM-L6-v2 (quantized, ONNX Runtime)";
    /** Where the model jar keeps them; the bundle inlines these two files at the same paths. */
    static final String MODEL_RESOURCE = "all-minilm-l6-v2-q.onnx";
    static final String TOKENIZER_RESOURCE = "all-minilm-l6-v2-q-tokenizer.json";

    private static final Logger LOG = LoggerFactory.getLogger(OfflineEmbedders.class);

    private OfflineEmbedders() {
    }

    static TextEmbedder sentenceModel(ClassLoader loader, int threads) {
        return OnnxSentenceEmbedder.load(MODEL_NAME, loader, MODEL_RESOURCE, TOKENIZER_RESOURCE, threads);
    }

    static TextEmbedder best(ClassLoader loader, int threads) {
        try {
            return sentenceModel(loader, threads);
        } catch (RuntimeException | LinkageError e) {
            // LinkageError: UnsatisfiedLinkError when ONNX Runtime has no native library for this platform.
            LOG.warn("The offline engine's sentence model could not be loaded ({}); it falls back to hashed word "
                    + "vectors, which need more past cases to propose as well", e.toString());
            return new HashedNgramEmbedder();
        }
    }
}
