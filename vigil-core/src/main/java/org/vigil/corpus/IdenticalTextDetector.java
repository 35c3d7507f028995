package org.vigil.corpus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vigil.evidence.WitnessText;
import org.vigil.model.CopyLink;
import org.vigil.model.Document;

/**
 * Finds witness submissions whose texts are the same as another document's once white space, case and punctuation
 * are folded ({@link WitnessText#folded}), however short: two submissions of one text are one source, even when they
 * give different places (the place line a submission adds is left out, {@link WitnessText#statement}); so is a
 * submission that repeats a post word for word. A pair of which neither is a submission (affiliation
 * {@link WitnessText#AFFILIATION}) is left to {@link ShingleCopyDetector} and to the relations of posts (a forward
 * repeats its origin's text and is already counted as its origin). Texts under {@link #MIN_WORDS} words ("shots
 * fired") are left alone: two people may well write them apart.
 */
public final class IdenticalTextDetector implements CopyDetector {
    /** The fewest words a text must have for two identical ones to be copies. */
    public static final int MIN_WORDS = 5;

    @Override
    public List<CopyLink> find(List<Document> documents) {
        Map<String, List<Document>> byText = new HashMap<>();
        for (Document d : documents) {
            if (WitnessText.isSubmission(d)) {
                String folded = foldedStatement(d);
                if (folded.split(" ").length >= MIN_WORDS) {
                    byText.computeIfAbsent(folded, k -> new ArrayList<>()).add(d);
                }
            }
        }
        if (byText.isEmpty()) {
            return List.of(); // every link needs a submission: the other texts need not be folded
        }
        for (Document d : documents) {
            if (!WitnessText.isSubmission(d)) {
                List<Document> same = byText.get(foldedStatement(d));
                if (same != null) {
                    same.add(d);
                }
            }
        }
        List<CopyLink> out = new ArrayList<>();
        for (Map.Entry<String, List<Document>> same : byText.entrySet()) {
            List<Document> docs = new ArrayList<>(same.getValue());
            docs.sort(Comparator.comparing(Document::id));
            for (int i = 0; i < docs.size(); i++) {
                for (int j = i + 1; j < docs.size(); j++) {
                    if (WitnessText.isSubmission(docs.get(i)) || WitnessText.isSubmission(docs.get(j))) {
                        out.add(link(docs.get(i), docs.get(j), same.getKey()));
                    }
                }
            }
        }
        out.sort(Comparator.comparing(CopyLink::documentA).thenComparing(CopyLink::documentB));
        return out;
    }

    private static String foldedStatement(Document d) {
        return WitnessText.folded(WitnessText.statement(text(d)));
    }

    private static CopyLink link(Document a, Document b, String folded) {
        String passage = WitnessText.statement(text(a)).replaceAll("\\s+", " ").strip();
        passage = passage.length() > 160 ? passage.substring(0, 157) + "..." : passage;
        String reason = a.source() + " and " + b.source() + " have the same text (" + folded.split(" ").length
                + " words, case, spacing and punctuation aside): \"" + passage + "\"";
        return new CopyLink(a.id(), b.id(), 1.0, passage, reason);
    }

    private static String text(Document d) {
        return d.cleanText() != null ? d.cleanText() : d.rawText();
    }
}
