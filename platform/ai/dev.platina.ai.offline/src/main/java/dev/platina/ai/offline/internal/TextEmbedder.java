package dev.platina.ai.offline.internal;

/** Turns text into a unit-length vector, so that the dot product of two vectors is their cosine similarity. */
interface TextEmbedder {

    /** What produced the vectors, for the rationale and the UI: {@code all-MiniLM-L6-v2 (quantized, ONNX)}. */
    String name();

    int dimension();

    float[] embed(String text);

    static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }

    static float[] normalise(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        if (norm == 0) {
            return v;
        }
        float scale = (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < v.length; i++) {
            v[i] *= scale;
        }
        return v;
    }
}
