package org.vigil.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.vigil.review.Agreement;
import org.vigil.store.EventStore;
import org.vigil.store.EventStores;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code vigil agreement}: Krippendorff's alpha per field on blind double codings, and the queue of disagreements. */
@Command(name = "agreement", mixinStandardHelpOptions = true,
        description = "Inter-coder agreement on events coded blind ('vigil review code'): Krippendorff's alpha per field, then the disagreements.")
final class AgreementCommand implements Callable<Integer> {
    @Option(names = "--db", defaultValue = "vigil.db", description = "store (default: ${DEFAULT-VALUE})")
    String db;
    @Option(names = "--coders", split = ",", description = "only these coders (default: all)")
    List<String> coders = List.of();
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        try (EventStore s = EventStores.open(db)) {
            Agreement.Result r = Agreement.of(s.reviews().codings(), coders);
            out.println("field                 alpha  units  disagreements");
            for (var f : r.fields()) {
                out.printf("%-20s %6s %6d %14d%n", f.field(), Double.isNaN(f.alpha()) ? "n/a" : String.format("%.3f", f.alpha()),
                        f.units(), f.disagreements());
            }
            out.println("metric: nominal for type, acled_sub_event_type, place, modes, actors; interval for date (days) and figures (best, else low)");
            if (!r.disagreements().isEmpty()) {
                out.println("disagreements to settle:");
                r.disagreements().forEach(d -> out.println("  " + d.eventId() + "  " + d.field() + "  " + d.values()));
            }
            out.flush();
            return 0;
        }
    }
}
