package org.vigil.bench.claims;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.vigil.classify.PipelineTextClassifier;
import picocli.CommandLine.Command;

/** {@code vigil-bench claims}: the claims suite, P/R/F1 per field. */
@Command(name = "claims", mixinStandardHelpOptions = true, description = "Claims suite: P/R/F1 per field of the figures.")
public final class ClaimsCommand implements Callable<Integer> {
    @Override
    public Integer call() throws Exception {
        List<ClaimsSuite.Item> items = ClaimsSuite.load();
        ClaimsBench.Result r = ClaimsBench.score(items,
                PipelineTextClassifier.standard());
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
