package org.vigil.spark;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.vigil.corpus.CorpusResult;
import org.vigil.model.Analysis;
import org.vigil.model.Claim;
import org.vigil.model.CopyLink;
import org.vigil.model.Event;
import org.vigil.store.Json;

/**
 * The job's output folder: {@code events.jsonl} (the export contract, in the store's order), {@code copies.jsonl},
 * {@code failures.jsonl}, and Parquet tables {@code analyses/}, {@code events/} and {@code claims/} with the columns an
 * analyst filters on beside each row's whole JSON record.
 */
final class SparkOutputs {
    private SparkOutputs() {
    }

    static void write(SparkSession spark, Path out, List<Analysis> analyses, CorpusResult corpus, List<String> failures)
            throws IOException {
        Files.createDirectories(out);
        SparkIngest.writeEvents(corpus.events(), out.resolve("events.jsonl"));
        lines(out.resolve("copies.jsonl"), corpus.copies().stream().map(Json::write).toList());
        lines(out.resolve("failures.jsonl"), failures);
        parquet(spark, out.resolve("analyses"), new StructType().add("document_id", DataTypes.StringType)
                .add("source", DataTypes.StringType).add("publisher", DataTypes.StringType)
                .add("mentions", DataTypes.IntegerType).add("claims", DataTypes.IntegerType).add("record", DataTypes.StringType),
                analyses.stream().map(a -> RowFactory.create(a.document().id(), a.document().source(), a.document().publisher(),
                        a.mentions().size(), a.claims().size(), Json.write(a))).toList());
        parquet(spark, out.resolve("events"), eventSchema(), SparkIngest.inStoreOrder(corpus.events()).stream().map(SparkOutputs::eventRow).toList());
        List<Row> claims = new ArrayList<>();
        for (Event e : corpus.events()) {
            for (Claim c : e.claims()) {
                claims.add(RowFactory.create(e.id(), c.kind().label(), c.low(), c.high(), c.claimant(), c.hedge(), c.documentId(), c.quote()));
            }
        }
        parquet(spark, out.resolve("claims"), new StructType().add("event_id", DataTypes.StringType).add("kind", DataTypes.StringType)
                .add("low", DataTypes.LongType).add("high", DataTypes.LongType).add("claimant", DataTypes.StringType)
                .add("hedge", DataTypes.StringType).add("document_id", DataTypes.StringType).add("quote", DataTypes.StringType), claims);
    }

    private static StructType eventSchema() {
        return new StructType().add("id", DataTypes.StringType).add("type", DataTypes.StringType)
                .add("acled_sub_event_type", DataTypes.StringType).add("date_start", DataTypes.StringType)
                .add("date_end", DataTypes.StringType).add("place", DataTypes.StringType).add("country", DataTypes.StringType)
                .add("lat", DataTypes.DoubleType).add("lon", DataTypes.DoubleType).add("confidence", DataTypes.DoubleType)
                .add("independent_sources", DataTypes.IntegerType).add("disputed", DataTypes.BooleanType)
                .add("record", DataTypes.StringType);
    }

    private static Row eventRow(Event e) {
        return RowFactory.create(e.id(), e.type().name(), e.acledSubEventType(),
                e.date() == null ? null : e.date().start().toString(), e.date() == null ? null : e.date().end().toString(),
                e.place() == null ? null : e.place().name(), e.place() == null ? null : e.place().country(),
                e.place() == null ? null : e.place().lat(), e.place() == null ? null : e.place().lon(), e.confidence(),
                e.independentSources(), !e.disputed().isEmpty(), Json.write(e));
    }

    private static void parquet(SparkSession spark, Path dir, StructType schema, List<Row> rows) {
        spark.createDataFrame(rows, schema).coalesce(1).write().mode(SaveMode.Overwrite).parquet(dir.toString());
    }

    private static void lines(Path file, List<String> rows) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (String r : rows) {
                w.write(r);
                w.write('\n');
            }
        }
    }

    /** For tests and readers: the copy links of an output folder. */
    static List<CopyLink> copies(Path out) throws IOException {
        return Files.readAllLines(out.resolve("copies.jsonl")).stream().map(l -> Json.read(l, CopyLink.class)).toList();
    }
}
