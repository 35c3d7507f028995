package org.vigil.classify;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Independent logistic regressions (one per label) over {@link HashedFeatures}, each with its decision
 * threshold. Stored as gzip of: magic, hash bits, label count, then per label its name, threshold, scale and
 * the weights quantised to 16 bits (weight = short * scale). Same weights, same bytes.
 */
public final class LinearModel {
    private static final String MAGIC = "vigil-linear-1";
    private final HashedFeatures features;
    private final List<String> labels;
    private final float[][] weights;
    private final float[] thresholds;

    public LinearModel(int bits, List<String> labels, float[][] weights, float[] thresholds) {
        this.features = new HashedFeatures(bits);
        this.labels = List.copyOf(labels);
        this.weights = weights;
        this.thresholds = thresholds;
    }

    public List<String> labels() {
        return labels;
    }

    public HashedFeatures features() {
        return features;
    }

    /** Probability of each label, in {@link #labels()} order. */
    public double[] probabilities(HashedFeatures.Vector v) {
        double[] p = new double[labels.size()];
        for (int l = 0; l < p.length; l++) {
            double z = 0;
            for (int i : v.indices()) {
                z += weights[l][i];
            }
            p[l] = 1 / (1 + Math.exp(-z * v.value()));
        }
        return p;
    }

    public float threshold(int label) {
        return thresholds[label];
    }

    /** The labels whose probability reaches their threshold. */
    public List<String> predict(String text) {
        double[] p = probabilities(features.of(text));
        List<String> out = new ArrayList<>();
        for (int l = 0; l < p.length; l++) {
            if (p[l] >= thresholds[l]) {
                out.add(labels.get(l));
            }
        }
        return out;
    }

    public void write(OutputStream raw) throws IOException {
        try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(raw))) {
            out.writeUTF(MAGIC);
            out.writeInt(Integer.numberOfTrailingZeros(features.dimension()));
            out.writeInt(labels.size());
            for (int l = 0; l < labels.size(); l++) {
                out.writeUTF(labels.get(l));
                out.writeFloat(thresholds[l]);
                float max = 1e-9f;
                for (float w : weights[l]) {
                    max = Math.max(max, Math.abs(w));
                }
                float scale = max / Short.MAX_VALUE;
                out.writeFloat(scale);
                for (float w : weights[l]) {
                    out.writeShort(Math.round(w / scale));
                }
            }
        }
    }

    /** @throws IOException when the stream is not a model of this format */
    public static LinearModel read(InputStream raw) throws IOException {
        try (DataInputStream in = new DataInputStream(new GZIPInputStream(raw))) {
            if (!MAGIC.equals(in.readUTF())) {
                throw new IOException("not a " + MAGIC + " model");
            }
            int bits = in.readInt();
            int n = in.readInt();
            List<String> labels = new ArrayList<>();
            float[][] w = new float[n][1 << bits];
            float[] thr = new float[n];
            for (int l = 0; l < n; l++) {
                labels.add(in.readUTF());
                thr[l] = in.readFloat();
                float scale = in.readFloat();
                for (int i = 0; i < w[l].length; i++) {
                    w[l][i] = in.readShort() * scale;
                }
            }
            return new LinearModel(bits, labels, w, thr);
        }
    }
}
