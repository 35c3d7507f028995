package org.vigil.classify;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Independent logistic regressions (one per label) over {@link HashedFeatures}, each with its decision
 * threshold. Weights are quantised to {@code quantBits} (8 or 16) bits per label (weight = q * scale) when the
 * model is made, so a model read back scores exactly as the one written. Only buckets with a non-zero weight
 * are kept, in memory (a bucket-to-row index and one row of weights per kept bucket) and on disk (gzip of: magic,
 * hash bits, feature flags, quantisation bits, labels with threshold and scale, kept-bucket count, then per kept
 * bucket the gap to the previous one as a variable-length integer and its quantised weights). Same weights,
 * same bytes.
 */
public final class LinearModel {
    private static final String MAGIC = "vigil-linear-2";
    private final HashedFeatures features;
    private final List<String> labels;
    private final float[] thresholds;
    private final int quantBits;
    private final float[] scales;
    /** Per bucket, its row in {@link #quantised}, or -1 when every weight of the bucket is zero. */
    private final int[] rows;
    private final int[] buckets;
    /** Row-major: {@code quantised[row * labels + label]}. */
    private final short[] quantised;

    private LinearModel(HashedFeatures.Options options, List<String> labels, float[] thresholds, int quantBits,
                        float[] scales, int[] buckets, short[] quantised) {
        if (quantBits != 8 && quantBits != 16) {
            throw new IllegalArgumentException("quantisation must be 8 or 16 bits: " + quantBits);
        }
        this.features = new HashedFeatures(options);
        this.labels = List.copyOf(labels);
        this.thresholds = thresholds.clone();
        this.quantBits = quantBits;
        this.scales = scales;
        this.buckets = buckets;
        this.quantised = quantised;
        this.rows = new int[features.dimension()];
        Arrays.fill(rows, -1);
        if (buckets != null) {
            for (int r = 0; r < buckets.length; r++) {
                rows[buckets[r]] = r;
            }
        }
    }

    /** A model from dense weights {@code weights[label][bucket]}, quantised to {@code quantBits} bits. */
    public static LinearModel of(HashedFeatures.Options options, List<String> labels, float[][] weights,
                                 float[] thresholds, int quantBits) {
        float[] scales = scales(weights, quantBits);
        int dim = 1 << options.bits();
        int n = labels.size();
        List<Integer> kept = new ArrayList<>();
        short[] q = new short[dim * n];
        for (int i = 0; i < dim; i++) {
            boolean any = false;
            for (int l = 0; l < n; l++) {
                short v = (short) Math.round(weights[l][i] / scales[l]);
                q[i * n + l] = v;
                any |= v != 0;
            }
            if (any) {
                kept.add(i);
            }
        }
        int[] buckets = kept.stream().mapToInt(Integer::intValue).toArray();
        short[] packed = new short[buckets.length * n];
        for (int r = 0; r < buckets.length; r++) {
            System.arraycopy(q, buckets[r] * n, packed, r * n, n);
        }
        return new LinearModel(options, labels, thresholds, quantBits, scales, buckets, packed);
    }

    private static float[] scales(float[][] weights, int quantBits) {
        float[] out = new float[weights.length];
        int top = (1 << (quantBits - 1)) - 1;
        for (int l = 0; l < weights.length; l++) {
            float max = 1e-9f;
            for (float w : weights[l]) {
                max = Math.max(max, Math.abs(w));
            }
            out[l] = max / top;
        }
        return out;
    }

    public List<String> labels() {
        return labels;
    }

    public HashedFeatures features() {
        return features;
    }

    /** Buckets with a non-zero weight for some label. */
    public int keptBuckets() {
        return buckets.length;
    }

    /** Probability of each label, in {@link #labels()} order. */
    public double[] probabilities(HashedFeatures.Vector v) {
        int n = labels.size();
        double[] z = new double[n];
        int[] ind = v.indices();
        float[] val = v.values();
        for (int k = 0; k < ind.length; k++) {
            int r = rows[ind[k]];
            if (r < 0) {
                continue;
            }
            int base = r * n;
            for (int l = 0; l < n; l++) {
                z[l] += quantised[base + l] * val[k];
            }
        }
        double[] p = new double[n];
        for (int l = 0; l < n; l++) {
            p[l] = 1 / (1 + Math.exp(-z[l] * scales[l]));
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
            out.writeInt(features.options().bits());
            out.writeInt(features.options().flags());
            out.writeInt(quantBits);
            out.writeInt(labels.size());
            for (int l = 0; l < labels.size(); l++) {
                out.writeUTF(labels.get(l));
                out.writeFloat(thresholds[l]);
                out.writeFloat(scales[l]);
            }
            out.writeInt(buckets.length);
            int prev = -1;
            for (int r = 0; r < buckets.length; r++) {
                writeVarint(out, buckets[r] - prev);
                prev = buckets[r];
                for (int l = 0; l < labels.size(); l++) {
                    short q = quantised[r * labels.size() + l];
                    if (quantBits == 8) {
                        out.writeByte(q);
                    } else {
                        out.writeShort(q);
                    }
                }
            }
        }
    }

    /** A model shipped as a class-path resource; a missing or unreadable one is a packaging error. */
    public static LinearModel resource(String path) {
        try (InputStream in = LinearModel.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IOException("missing resource " + path);
            }
            return read(in);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** @throws IOException when the stream is not a model of this format */
    public static LinearModel read(InputStream raw) throws IOException {
        try (DataInputStream in = new DataInputStream(new GZIPInputStream(raw, 1 << 16))) {
            if (!MAGIC.equals(in.readUTF())) {
                throw new IOException("not a " + MAGIC + " model");
            }
            HashedFeatures.Options options = HashedFeatures.Options.of(in.readInt(), in.readInt());
            int quantBits = in.readInt();
            int n = in.readInt();
            List<String> labels = new ArrayList<>();
            float[] thr = new float[n];
            float[] scales = new float[n];
            for (int l = 0; l < n; l++) {
                labels.add(in.readUTF());
                thr[l] = in.readFloat();
                scales[l] = in.readFloat();
            }
            int kept = in.readInt();
            int[] buckets = new int[kept];
            short[] q = new short[kept * n];
            rows(in.readAllBytes(), quantBits, buckets, q, n);
            return new LinearModel(options, labels, thr, quantBits, scales, buckets, q);
        }
    }

    /** Kept buckets (gaps as variable-length integers) and their quantised weights, from the stored bytes. */
    private static void rows(byte[] b, int quantBits, int[] buckets, short[] q, int n) {
        int at = 0;
        int prev = -1;
        for (int r = 0; r < buckets.length; r++) {
            int gap = 0;
            for (int shift = 0; ; shift += 7) {
                int x = b[at++];
                gap |= (x & 0x7f) << shift;
                if ((x & 0x80) == 0) {
                    break;
                }
            }
            prev += gap;
            buckets[r] = prev;
            for (int l = 0; l < n; l++, at += quantBits / 8) {
                q[r * n + l] = quantBits == 8 ? b[at] : (short) ((b[at] << 8) | (b[at + 1] & 0xff));
            }
        }
    }

    private static void writeVarint(DataOutputStream out, int v) throws IOException {
        while ((v & ~0x7f) != 0) {
            out.writeByte((v & 0x7f) | 0x80);
            v >>>= 7;
        }
        out.writeByte(v);
    }
}
