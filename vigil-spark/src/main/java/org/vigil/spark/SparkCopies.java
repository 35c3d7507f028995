package org.vigil.spark;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.ml.feature.MinHashLSH;
import org.apache.spark.ml.feature.MinHashLSHModel;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.vigil.corpus.ShingleCopyDetector;
import org.vigil.model.CopyLink;
import org.vigil.model.Document;
import org.vigil.store.Json;
import scala.Tuple2;

/**
 * Copies across the corpus, on the cluster. Candidate pairs come from two joins: documents sharing a sampled
 * shingle ({@link ShingleCopyDetector#passageKeys}, boilerplate shingles dropped: the candidates of
 * {@code vigil ingest}), and near-duplicate documents by MinHash LSH (Spark MLlib) over the same sampled shingles. Every
 * candidate is verified by the same passage rule as {@code vigil ingest} ({@link ShingleCopyDetector#compare}), so a
 * link is a shared passage of a dozen words or more, whichever join proposed it.
 */
final class SparkCopies {
    /** Jaccard distance below which MinHash LSH proposes a pair: documents sharing at least half their shingles. */
    static final double MAX_DISTANCE = 0.5;
    private static final int FEATURES = 1 << 20;

    private SparkCopies() {
    }

    /** @param docs (index, [id, source, clean text]) of every document */
    static List<CopyLink> find(SparkSession spark, JavaPairRDD<Long, String[]> docs) {
        JavaPairRDD<Long, Long> candidates = passageCandidates(docs).union(nearDuplicates(spark, docs)).distinct();
        JavaRDD<String> links = candidates
                .join(docs).mapToPair(p -> new Tuple2<>(p._2()._1(), p._2()._2()))
                .join(docs).map(p -> verify(p._2()._1(), p._2()._2()))
                .filter(s -> !s.isEmpty());
        List<CopyLink> out = new ArrayList<>();
        for (String json : links.collect()) {
            out.add(Json.read(json, CopyLink.class));
        }
        out.sort(Comparator.comparing(CopyLink::documentA).thenComparing(CopyLink::documentB));
        return out;
    }

    /** Pairs (a, b), a's id before b's, of documents sharing a sampled shingle found in few documents. */
    private static JavaPairRDD<Long, Long> passageCandidates(JavaPairRDD<Long, String[]> docs) {
        return docs.flatMapToPair(d -> {
            List<Tuple2<Long, Long>> keys = new ArrayList<>();
            for (long h : ShingleCopyDetector.passageKeys(document(d._2()))) {
                keys.add(new Tuple2<>(h, d._1()));
            }
            return keys.iterator();
        }).groupByKey().flatMapToPair(g -> {
            List<Long> owners = new ArrayList<>();
            g._2().forEach(owners::add);
            List<Tuple2<Long, Long>> pairs = new ArrayList<>();
            if (owners.size() <= ShingleCopyDetector.BOILERPLATE_DOCS) {
                for (int i = 0; i < owners.size(); i++) {
                    for (int j = i + 1; j < owners.size(); j++) {
                        if (!owners.get(i).equals(owners.get(j))) {
                            pairs.add(new Tuple2<>(Math.min(owners.get(i), owners.get(j)), Math.max(owners.get(i), owners.get(j))));
                        }
                    }
                }
            }
            return pairs.iterator();
        });
    }

    /** Pairs of documents whose shingle sets are near (Jaccard distance below {@link #MAX_DISTANCE}), by MinHash LSH. */
    private static JavaPairRDD<Long, Long> nearDuplicates(SparkSession spark, JavaPairRDD<Long, String[]> docs) {
        StructType schema = new StructType().add("i", DataTypes.LongType).add("features", SQLDataTypes.VectorType());
        JavaRDD<Row> rows = docs.map(d -> {
            long[] sh = ShingleCopyDetector.passageKeys(document(d._2()));
            int[] idx = java.util.Arrays.stream(sh).mapToInt(h -> (int) Math.floorMod(h, (long) FEATURES)).distinct().sorted().toArray();
            double[] ones = new double[idx.length];
            java.util.Arrays.fill(ones, 1.0);
            return RowFactory.create(d._1(), Vectors.sparse(FEATURES, idx, ones));
        }).filter(r -> ((org.apache.spark.ml.linalg.SparseVector) r.get(1)).numNonzeros() > 0);
        Dataset<Row> df = spark.createDataFrame(rows, schema).cache();
        MinHashLSHModel model = new MinHashLSH().setNumHashTables(5).setSeed(7).setInputCol("features").setOutputCol("hashes").fit(df);
        Dataset<Row> near = model.approxSimilarityJoin(df, df, MAX_DISTANCE, "distance").toDF();
        return near.toJavaRDD().mapToPair((Row r) -> new Tuple2<Long, Long>(r.getStruct(0).getLong(0), r.getStruct(1).getLong(0)))
                .filter(p -> p._1() < p._2());
    }

    /** The verified link of two documents as JSON, or "" when they share no passage. Ordered by id, as the detector wants. */
    private static String verify(String[] x, String[] y) {
        Document a = document(x);
        Document b = document(y);
        CopyLink link = a.id().compareTo(b.id()) < 0 ? ShingleCopyDetector.compare(a, b) : ShingleCopyDetector.compare(b, a);
        return link == null ? "" : Json.write(link);
    }

    /** A document with what copy detection reads: id, source and clean text. */
    static Document document(String[] f) {
        return new Document(f[0], f[1], null, null, null, Instant.EPOCH, f[2], f[2], null);
    }
}
