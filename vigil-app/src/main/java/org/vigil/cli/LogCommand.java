package org.vigil.cli;

import java.util.concurrent.Callable;
import org.vigil.review.AuditChain;
import org.vigil.review.LogEntry;
import org.vigil.review.ReviewJson;
import org.vigil.store.EventStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code vigil log}: the review log as JSON lines; {@code --verify} checks its hash chain (exit 1 when broken). */
@Command(name = "log", mixinStandardHelpOptions = true, description = "The review log (JSON lines); --verify checks its hash chain.")
final class LogCommand implements Callable<Integer> {
    @CommandLine.Mixin
    VigilCli.StoreOption store = new VigilCli.StoreOption();
    @Option(names = "--verify", description = "check the hash chain: exit 0 when intact, 1 naming the first broken row")
    boolean verify;
    @Option(names = "--target", description = "only the rows about this event, claim or user")
    String target;
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try (EventStore s = store.open()) {
            var out = spec.commandLine().getOut();
            if (verify) {
                var rows = s.reviews().log();
                var broken = AuditChain.verify(rows);
                if (broken.isPresent()) {
                    spec.commandLine().getErr().println("vigil: the review log is broken at " + broken.get());
                    spec.commandLine().getErr().flush();
                    return 1;
                }
                out.println("review log intact: " + rows.size() + " rows" + (rows.isEmpty() ? ""
                        : ", last hash " + rows.get(rows.size() - 1).hash()));
            } else {
                for (LogEntry e : target == null ? s.reviews().log() : s.reviews().log(target)) {
                    out.println(org.vigil.store.Json.write(ReviewJson.of(e)));
                }
            }
            out.flush();
            return 0;
        }
    }
}
