package org.vigil.bench.realnews;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The project's sentence labels of real news ({@code labels/sentences/labels.jsonl}, see its README): single
 * sentences of the development documents with the PLOVER type of their main event (or none), its ACLED sub-type
 * (or none) and its timeframe. Every sentence is a span of its text, checked on reading as the document labels
 * are. No sentence of a test document is labelled.
 */
public final class SentenceLabels {
    public static final String DEFAULT_FILE = "labels/sentences/labels.jsonl";

    /** One labelled sentence; {@code plover} and {@code acled} are null where the label is none. */
    public record LabelledSentence(String doc, String text, String plover, String acled, String timeframe) {
    }

    private SentenceLabels() {
    }

    public static List<LabelledSentence> read(Path labels, Path bench) throws IOException {
        RealNewsTexts texts = new RealNewsTexts(bench);
        List<LabelledSentence> out = new ArrayList<>();
        for (JsonNode r : RealNewsLabels.records(labels)) {
            String doc = r.get("doc").asText();
            RealNewsLabels.Quote s = RealNewsLabels.quote(doc, texts.text(doc), r.get("sentence"));
            String plover = r.get("plover").asText();
            out.add(new LabelledSentence(doc, s.text(), "NONE".equals(plover) ? null : plover,
                    r.path("acled").isNull() ? null : r.path("acled").asText(null), r.get("timeframe").asText()));
        }
        return out;
    }
}
