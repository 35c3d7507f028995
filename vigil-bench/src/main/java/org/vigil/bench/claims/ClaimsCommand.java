package org.vigil.bench.claims;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.vigil.classify.PipelineTextClassifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code vigil-bench claims}: the claims suite, P/R/F1 per field. */
@Command(name = "claims", mixinStandardHelpOptions = true, description = "Claims suite: P/R/F1 per field of the figures.")
public final class ClaimsCommand implements Callable<Integer> {
    @Option(names = "--suite", description = "score another file in the suite's format (default: the shipped suite)")
    java.nio.file.Path suite;
    @Option(names = "--errors", description = "list the sentences whose figures were not all read right")
    boolean errors;

    @Override
    public Integer call() throws Exception {
        List<ClaimsSuite.Item> items = suite == null ? ClaimsSuite.load() : ClaimsSuite.load(suite);
        ClaimsBench.Result r = ClaimsBench.score(items, PipelineTextClassifier.standard());
        if (errors) {
            for (int i = 0; i < items.size(); i++) {
                ClaimsSuite.Item item = items.get(i);
                var pred = r.predictions().get(i);
                if (!ClaimsBench.allRight(item, pred)) {
                    System.out.printf("ERR line %d: %s%n  want %s%n  got  %s%n", item.line(), item.text(), item.claims(), pred);
                }
            }
        }
        System.out.printf(Locale.ROOT, "Claims suite: %d sentences, %d expected figures%n", r.sentences(),
                r.counts().get("claim")[2]);
        System.out.printf(Locale.ROOT, "%-10s %9s %9s %9s %6s %6s %6s%n", "field", "matched", "predicted", "expected", "P", "R", "F1");
        for (String f : ClaimsBench.FIELDS) {
            int[] c = r.counts().get(f);
            System.out.printf(Locale.ROOT, "%-10s %9d %9d %9d %6.3f %6.3f %6.3f%n", f, c[0], c[1], c[2],
                    r.precision(f), r.recall(f), r.f1(f));
        }
        return 0;
    }
}
