package dev.platina.ai.offline.internal;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A sentence-transformers model (BERT-style, ONNX) run in process by ONNX Runtime: WordPiece ids in, the token
 * vectors mean-pooled and scaled to unit length out, as sentence-transformers does for all-MiniLM-L6-v2.
 */
final class OnnxSentenceEmbedder implements TextEmbedder, AutoCloseable {

    /** sentence-transformers' max_seq_length for all-MiniLM-L6-v2; longer text is cut, not chunked. */
    static final int MAX_TOKENS = 256;

    private final String name;
    private final WordPieceTokenizer tokenizer;
    private final OrtEnvironment environment;
    private final OrtSession session;
    private final boolean wantsTokenTypes;
    private final String tokenVectors;
    private final int dimension;

    private OnnxSentenceEmbedder(String name, WordPieceTokenizer tokenizer, OrtEnvironment environment,
            OrtSession session) throws OrtException {
        this.name = name;
        this.tokenizer = tokenizer;
        this.environment = environment;
        this.session = session;
        this.wantsTokenTypes = session.getInputNames().contains("token_type_ids");
        Set<String> outputs = session.getOutputNames();
        this.tokenVectors = outputs.contains("last_hidden_state") ? "last_hidden_state" : outputs.iterator().next();
        this.dimension = run("dimension probe").length;
    }

    /**
     * Loads the model and the tokenizer from resources of {@code loader}: inside OSGi that is this bundle's class
     * loader (the bundle carries both files at its root), in tests the model jar on the class path.
     */
    static OnnxSentenceEmbedder load(String name, ClassLoader loader, String modelResource, String tokenizerResource,
            int threads) {
        try {
            WordPieceTokenizer tokenizer;
            try (InputStream in = open(loader, tokenizerResource)) {
                tokenizer = new WordPieceTokenizer(TokenizerVocabulary.read(in));
            }
            byte[] model;
            try (InputStream in = open(loader, modelResource)) {
                model = in.readAllBytes();
            }
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
                options.setIntraOpNumThreads(threads);
                return new OnnxSentenceEmbedder(name, tokenizer, environment,
                        environment.createSession(model, options));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime could not load " + modelResource + ": " + e.getMessage(), e);
        }
    }

    private static InputStream open(ClassLoader loader, String resource) throws IOException {
        InputStream in = loader.getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("Resource not found: " + resource);
        }
        return in;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int dimension() {
        return dimension;
    }

    /**
     * One text per run, never a padded batch: with this quantized model the activations are quantized over the
     * whole batch, so a text's vector would change with its batch-mates (cosine down to 0.98 measured), and
     * proposals must not depend on what else happened to be embedded. Batches of 32 were only 14% faster.
     */
    @Override
    public float[] embed(String text) {
        try {
            return run(text);
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime failed to embed: " + e.getMessage(), e);
        }
    }

    private float[] run(String text) throws OrtException {
        long[][] ids = {tokenizer.encode(text, MAX_TOKENS)};
        long[][] mask = new long[1][ids[0].length];
        Arrays.fill(mask[0], 1L);
        List<OnnxTensor> tensors = new ArrayList<>();
        try {
            Map<String, OnnxTensor> inputs = new HashMap<>();
            inputs.put("input_ids", track(tensors, OnnxTensor.createTensor(environment, ids)));
            inputs.put("attention_mask", track(tensors, OnnxTensor.createTensor(environment, mask)));
            if (wantsTokenTypes) {
                inputs.put("token_type_ids", track(tensors, OnnxTensor.createTensor(environment,
                        new long[1][ids[0].length])));
            }
            try (OrtSession.Result result = session.run(inputs, Set.of(tokenVectors))) {
                float[][][] tokens = (float[][][]) result.get(0).getValue();
                return TextEmbedder.normalise(mean(tokens[0]));
            }
        } finally {
            tensors.forEach(OnnxTensor::close);
        }
    }

    private static OnnxTensor track(List<OnnxTensor> tensors, OnnxTensor tensor) {
        tensors.add(tensor);
        return tensor;
    }

    private static float[] mean(float[][] tokens) {
        float[] sum = new float[tokens[0].length];
        for (int t = 0; t < tokens.length; t++) {
            for (int d = 0; d < sum.length; d++) {
                sum[d] += tokens[t][d];
            }
        }
        for (int d = 0; d < sum.length; d++) {
            sum[d] /= tokens.length;
        }
        return sum;
    }

    @Override
    public void close() throws OrtException {
        session.close();
    }
}
