package dev.platina.ai.offline.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads and writes an {@link OnlineModel} as the learned state the memory keeps for an organisation. The bytes start
 * with a magic number, a format version and the embedder's fingerprint (dimension and name), because a model is only
 * meaningful over the vectors it was trained on: after a switch between the sentence model and the fallback vectors,
 * or from a newer format, the state is not used and learning starts again from empty. So does a corrupt state.
 * Either is logged once (per reasoner), and never reaches the caller as an exception: a proposal must not fail
 * because of what was learnt.
 *
 * <p>Weights are stored as 16-bit integers scaled to each vector's largest value (about 5 significant digits, far
 * finer than one learning step), so 50 actions over 384 dimensions take ~40 KB and over the fallback's 1,024 ~105 KB.
 */
final class OnlineModelCodec {

    static final int MAGIC = 0x504C4F4D; // "PLOM": Platina offline model
    static final byte VERSION = 1;
    /** Far beyond any sensible action name; bounds the state's size. */
    static final int MAX_ACTION_NAME = 200;

    private static final Logger LOG = LoggerFactory.getLogger(OnlineModelCodec.class);

    private final int dimension;
    private final int embedderFingerprint;
    private final AtomicBoolean warned = new AtomicBoolean();

    OnlineModelCodec(TextEmbedder embedder) {
        this.dimension = embedder.dimension();
        // String.hashCode is fixed by the Java specification, so the fingerprint is stable across JVMs.
        this.embedderFingerprint = embedder.name().hashCode();
    }

    /** The model in {@code state}; an empty one for an empty, foreign, outdated or corrupt state. */
    OnlineModel read(byte[] state) {
        if (state == null || state.length == 0) {
            return new OnlineModel(dimension);
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(state))) {
            if (in.readInt() != MAGIC) {
                return startOver("it is not an offline engine model");
            }
            byte version = in.readByte();
            if (version != VERSION) {
                return startOver("its format version " + version + " is not " + VERSION);
            }
            if (in.readInt() != dimension || in.readInt() != embedderFingerprint) {
                return startOver("it was learnt over another embedder's vectors");
            }
            long learnt = in.readLong();
            double reliability = in.readDouble();
            float[] mean = readVector(in);
            int count = in.readInt();
            if (learnt < 0 || !(reliability >= 0 && reliability <= 1) || count < 0 || count > OnlineModel.MAX_ACTIONS) {
                return startOver("its header is out of range");
            }
            Map<String, OnlineModel.ActionWeights> actions = new LinkedHashMap<>();
            for (int i = 0; i < count; i++) {
                String name = in.readUTF();
                int cases = in.readInt();
                long lastUpdate = in.readLong();
                float bias = in.readFloat();
                float[] weights = readVector(in);
                if (!Float.isFinite(bias) || cases < 0) {
                    return startOver("an action's weights are out of range");
                }
                actions.put(name, new OnlineModel.ActionWeights(weights, bias, cases, lastUpdate));
            }
            if (in.read() != -1) {
                return startOver("it has trailing bytes");
            }
            return new OnlineModel(dimension, mean, learnt, reliability, actions);
        } catch (IOException | RuntimeException e) {
            return startOver("it is unreadable (" + e + ")");
        }
    }

    byte[] write(OnlineModel model) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            out.writeByte(VERSION);
            out.writeInt(dimension);
            out.writeInt(embedderFingerprint);
            out.writeLong(model.learnt());
            out.writeDouble(model.reliability());
            writeVector(out, model.mean());
            out.writeInt(model.actions().size());
            for (Map.Entry<String, OnlineModel.ActionWeights> e : model.actions().entrySet()) {
                OnlineModel.ActionWeights row = e.getValue();
                out.writeUTF(e.getKey());
                out.writeInt(row.cases);
                out.writeLong(row.lastUpdate);
                out.writeFloat(row.bias);
                writeVector(out, row.weights);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen writing to memory
        }
        return bytes.toByteArray();
    }

    private OnlineModel startOver(String why) {
        if (warned.compareAndSet(false, true)) {
            LOG.warn("An organisation's learned state for the offline engine is not used because {}; its online "
                    + "model starts again from empty (logged once)", why);
        }
        return new OnlineModel(dimension);
    }

    private void writeVector(DataOutputStream out, float[] vector) throws IOException {
        float largest = 0;
        for (float v : vector) {
            largest = Math.max(largest, Math.abs(v));
        }
        float scale = largest == 0 ? 0 : largest / Short.MAX_VALUE;
        out.writeFloat(scale);
        for (float v : vector) {
            out.writeShort(scale == 0 ? 0 : Math.round(v / scale));
        }
    }

    private float[] readVector(DataInputStream in) throws IOException {
        float scale = in.readFloat();
        if (!Float.isFinite(scale) || scale < 0) {
            throw new IOException("bad scale " + scale);
        }
        float[] vector = new float[dimension];
        for (int i = 0; i < dimension; i++) {
            vector[i] = in.readShort() * scale;
        }
        return vector;
    }
}
