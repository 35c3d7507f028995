package org.vigil.bench.events;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.vigil.classify.AttributeClassifier;
import org.vigil.classify.ProtestAttributes;
import org.vigil.model.Document;
import org.vigil.model.Mention;
import org.vigil.pipeline.AnnotatedDocument;
import org.vigil.assembly.Keys;
import org.vigil.pipeline.Pipeline;
import org.vigil.pipeline.StageException;

/**
 * Scores protest attributes read from Mass Mobilization notes alone, on rows from 2015 on (never trained on):
 * per-label F1 and macro-F1 for state responses and demands, F1 of protester violence.
 */
public final class MassMobilizationBench {
    /** Scores of one system. */
    public record Result(String system, int rows, LabelScores responses, LabelScores demands, LabelScores violence) {
        public double responsesMacroF1() {
            return responses.macroF1();
        }

        public double demandsMacroF1() {
            return demands.macroF1();
        }

        public double violenceF1() {
            return violence.f1("violence");
        }
    }

    private MassMobilizationBench() {
    }

    public static List<MassMobilization> testRows(Path dir) throws IOException {
        return MassMobilization.read(dir).stream().filter(r -> r.year() >= MassMobilization.FIRST_TEST_YEAR).toList();
    }

    public static Result score(String system, List<MassMobilization> rows, Pipeline pipeline, AttributeClassifier clf) {
        Result res = empty(system, rows.size());
        for (MassMobilization r : rows) {
            ProtestAttributes a = clf.attributes(r.notes(), mentions(pipeline, r));
            add(res, r, new LinkedHashSet<>(a.stateResponses()), new LinkedHashSet<>(a.demands()), a.protesterViolence());
        }
        return res;
    }

    /** A reference without reading: every row gets the labels most frequent in the training years. */
    public static Result majority(List<MassMobilization> rows, Set<String> responses, Set<String> demands) {
        Result res = empty("most frequent label (reference)", rows.size());
        rows.forEach(r -> add(res, r, responses, demands, false));
        return res;
    }

    private static Result empty(String system, int n) {
        return new Result(system, n, new LabelScores(ProtestAttributes.STATE_RESPONSES),
                new LabelScores(ProtestAttributes.DEMANDS), new LabelScores(List.of("violence")));
    }

    private static void add(Result res, MassMobilization r, Set<String> responses, Set<String> demands, boolean violence) {
        res.responses().add(r.responses(), responses);
        res.demands().add(r.demands(), demands);
        res.violence().add(r.violence() ? Set.of("violence") : Set.of(), violence ? Set.of("violence") : Set.of());
    }

    private static List<Mention> mentions(Pipeline pipeline, MassMobilization r) {
        if (pipeline == null) {
            return List.of();
        }
        Document d = new Document("mm-" + r.id(), "mm:" + r.id(), null, null, null, Instant.EPOCH, r.notes(), null, null);
        AnnotatedDocument doc = new AnnotatedDocument(d);
        try {
            pipeline.run(doc);
        } catch (StageException e) {
            return List.of();
        }
        return doc.get(Keys.MENTIONS);
    }
}
