package org.vigil.bench.time;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.vigil.time.TimeExpressionTagger;
import org.vigil.time.TimeMLTagger;
import org.vigil.time.Timex;

/**
 * TempEval-3 Task A: tags the raw input documents with Vigil's TimeML tagger and scores them against the gold
 * documents of the same names. Also runs on the training set (gold files are their own input).
 */
public final class TempEvalBenchmark {
    /** The outcome: the summed score, every pair for error listings, and the tagging speed. */
    public record Result(TimexScore score, List<TimexScorer.Pair> pairs, int documents, long tokens, double tokensPerSecond) {
    }

    private final TimeExpressionTagger tagger;

    public TempEvalBenchmark() {
        this(new TimeMLTagger());
    }

    public TempEvalBenchmark(TimeExpressionTagger tagger) {
        this.tagger = tagger;
    }

    /** TE3 platinum: input from {@code Evaluation/TE3-platinum-test}, gold from {@code Evaluation/te3-platinum}. */
    public Result platinum(Path tempeval3) {
        Path input = tempeval3.resolve("Evaluation/TE3-platinum-test");
        Path gold = tempeval3.resolve("Evaluation/te3-platinum");
        List<TimeMLDocument> golds = TimeMLReader.files(gold, ".tml").stream().map(TimeMLReader::read).toList();
        List<TimeMLDocument[]> docs = new ArrayList<>();
        for (Path in : TimeMLReader.files(input, ".TE3input")) {
            TimeMLDocument raw = TimeMLReader.read(in);
            String name = raw.name().replace(".TE3input", "");
            // paired by file name, or by identical text (the gold folder spells one name differently)
            TimeMLDocument ref = golds.stream().filter(g -> g.name().equals(name)).findFirst()
                    .or(() -> golds.stream().filter(g -> g.text().equals(raw.text())).findFirst())
                    .orElseThrow(() -> new IllegalStateException("no gold for " + name));
            if (!raw.text().equals(ref.text())) {
                throw new IllegalStateException("input and gold texts differ: " + name);
            }
            docs.add(new TimeMLDocument[] {raw, ref});
        }
        return run(docs);
    }

    /** TBAQ-cleaned training set (TimeBank and AQUAINT), each gold file stripped to its own input. */
    public Result training(Path tempeval3) {
        List<TimeMLDocument[]> docs = new ArrayList<>();
        for (String part : new String[] {"TimeBank", "AQUAINT"}) {
            for (Path f : TimeMLReader.files(tempeval3.resolve("Training/TBAQ-cleaned").resolve(part), ".tml")) {
                TimeMLDocument d = TimeMLReader.read(f);
                docs.add(new TimeMLDocument[] {d, d});
            }
        }
        return run(docs);
    }

    private Result run(List<TimeMLDocument[]> docs) {
        TimexScore total = TimexScore.ZERO;
        List<TimexScorer.Pair> pairs = new ArrayList<>();
        long tokens = 0;
        for (TimeMLDocument[] d : docs) {
            List<Timex> system = tagger.tag(d[0].text(), d[0].dct());
            tokens += d[0].text().split("\\s+").length;
            total = total.plus(TimexScorer.score(d[1].timexes(), system, pairs));
        }
        return new Result(total, pairs, docs.size(), tokens, tokensPerSecond(docs, tokens));
    }

    /**
     * Tokens (whitespace-separated words) per second on one thread: passes over the documents for a second to warm
     * up, then the best of three timed seconds (the least disturbed by other work on the machine).
     */
    private double tokensPerSecond(List<TimeMLDocument[]> docs, long tokens) {
        timedPasses(docs, tokens);
        double best = 0;
        for (int i = 0; i < 3; i++) {
            best = Math.max(best, timedPasses(docs, tokens));
        }
        return best;
    }

    private double timedPasses(List<TimeMLDocument[]> docs, long tokens) {
        long t0 = System.nanoTime();
        int passes = 0;
        do {
            docs.forEach(d -> tagger.tag(d[0].text(), d[0].dct()));
            passes++;
        } while (System.nanoTime() - t0 < 1_000_000_000L);
        return tokens * passes / ((System.nanoTime() - t0) / 1e9);
    }
}
