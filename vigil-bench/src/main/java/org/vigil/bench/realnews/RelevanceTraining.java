package org.vigil.bench.realnews;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.vigil.bench.events.MassMobilization;
import org.vigil.bench.events.PloverTraining;
import org.vigil.relevance.RelevanceTrainer.Example;
import org.vigil.text.Sentence;
import org.vigil.text.SentenceStage;

/**
 * The training examples of the shipped relevance model, all real text written by others:
 * <ul>
 * <li>the development split of the project's labelled real news: each document as a whole; each labelled event's
 *     sentence (news, history or plan) as a positive; up to {@value #SENTENCES_PER_DOC} sentences of each not-relevant document as
 *     negatives;</li>
 * <li>one Mass Mobilization note in {@value #MM_EVERY} from before 2015 (protests: positives);</li>
 * <li>the PETRARCH validation records: protest, coercion and assault positives, the other PLOVER types (statements,
 *     cooperation, diplomacy) negatives.</li>
 * </ul>
 * The test split of the labels is never read here.
 */
public final class RelevanceTraining {
    static final int SENTENCES_PER_DOC = 30;
    static final int MM_EVERY = 8;
    private static final Set<String> RELEVANT_TYPES = Set.of("PROTEST", "COERCE", "ASSAULT");

    private RelevanceTraining() {
    }

    public static List<Example> examples(List<RealNewsLabels.LabelledDocument> labelled, Path bench) throws IOException {
        List<Example> out = new ArrayList<>(fromLabels(labelled));
        out.addAll(external(bench));
        return out;
    }

    /** The examples that are not the project's labels: Mass Mobilization notes and PETRARCH records. */
    public static List<Example> external(Path bench) throws IOException {
        List<Example> out = new ArrayList<>();
        List<MassMobilization> mm = MassMobilization.read(bench.resolve("events/mass-mobilization"));
        int k = 0;
        for (MassMobilization m : mm) {
            if (m.year() < MassMobilization.FIRST_TEST_YEAR && k++ % MM_EVERY == 0) {
                out.add(new Example(m.notes(), true));
            }
        }
        for (PloverTraining.Sentence s : PloverTraining.petrarch(bench.resolve("events/plover"))) {
            out.add(new Example(s.text(), RELEVANT_TYPES.contains(s.type())));
        }
        return out;
    }

    /** Documents and sentences of the development split. */
    public static List<Example> fromLabels(List<RealNewsLabels.LabelledDocument> labelled) {
        List<Example> out = new ArrayList<>();
        for (RealNewsLabels.LabelledDocument d : labelled) {
            if (d.test()) {
                continue;
            }
            out.add(new Example(d.text(), d.relevant()));
            if (d.relevant()) {
                // history and plans are on topic too: the record keeps them apart by its own flags
                d.events().forEach(e -> out.add(new Example(e.quote().text(), true)));
            } else {
                List<Sentence> sentences = SentenceStage.split(d.text());
                sentences.stream().filter(s -> s.text().length() >= 30).limit(SENTENCES_PER_DOC)
                        .forEach(s -> out.add(new Example(s.text(), false)));
            }
        }
        return out;
    }
}
