package org.vigil.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.vigil.export.EventJson;
import org.vigil.model.Claim;
import org.vigil.model.Event;
import org.vigil.store.EventStore;
import org.vigil.store.SqliteEventStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "event", mixinStandardHelpOptions = true, description = "Show one event: every claim with claimant and quote, the documents, the reasons.")
final class EventCommand implements Callable<Integer> {
    @CommandLine.Mixin
    VigilCli.StoreOption store = new VigilCli.StoreOption();
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;
    @Parameters(paramLabel = "ID")
    String id;

    @Override
    public Integer call() {
        try (EventStore s = new SqliteEventStore(store.db)) {
            var e = s.event(id);
            if (e.isEmpty()) {
                spec.commandLine().getErr().println("vigil: no event " + id);
                return 2;
            }
            print(e.get(), spec.commandLine().getOut());
            return 0;
        }
    }

    private static void print(Event e, PrintWriter out) {
        out.printf("%s  %s %s%s%n", e.id(), e.type(), String.join(",", e.modes()), e.historical() ? "  (historical)" : "");
        out.printf("ACLED:   %s / %s%n", e.acledEventType(), e.acledSubEventType());
        out.printf("date:    %s%n", e.date() == null ? "unknown" : e.date().start() + ".." + e.date().end() + " (" + e.date().precision().label() + ", \"" + e.date().text() + "\")");
        out.printf("place:   %s%n", e.place() == null ? "unknown" : e.place().name() + ", " + e.place().admin1() + ", " + e.place().country() + " (" + e.place().precision().label() + ")");
        out.printf("actors:  %s%n", String.join("; ", e.actors().stream().map(a -> a.name()).toList()));
        out.printf("sources: %d independent of %d documents%n", e.independentSources(), e.documents().size());
        e.documents().forEach(d -> out.printf("  - %s (%s)%n", d.source(), d.publisher()));
        out.println("claims:");
        for (Claim c : e.claims()) {
            out.printf("  %s %s according to %s%s%s%n      \"%s\"%n", c.kind().label(), EventJson.range(c), c.claimant(),
                    c.claimantVia() == null ? "" : ", quoted by " + c.claimantVia(), c.hedge() == null ? "" : " [" + c.hedge() + "]", c.quote());
        }
        if (!e.disputed().isEmpty()) {
            out.printf("DISPUTED: %s%n", e.disputed());
        }
        if (!e.slogans().isEmpty()) {
            out.printf("slogans: %s%n", String.join(" | ", e.slogans()));
        }
        out.println("reasons:");
        e.reasons().forEach(r -> out.println("  - " + r));
        out.flush();
    }
}
