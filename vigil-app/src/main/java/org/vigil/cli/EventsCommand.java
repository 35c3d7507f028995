package org.vigil.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.vigil.export.EventJson;
import org.vigil.model.ClaimKind;
import org.vigil.model.Event;
import org.vigil.store.EventStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "events", mixinStandardHelpOptions = true, description = "List the events of the record as a table.")
final class EventsCommand implements Callable<Integer> {
    @CommandLine.Mixin
    VigilCli.StoreOption store = new VigilCli.StoreOption();
    @CommandLine.Mixin
    VigilCli.ConfidenceOption confidence = new VigilCli.ConfidenceOption();
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try (EventStore s = store.open()) {
            print(confidence.shown(s.events()), spec.commandLine().getOut());
            return 0;
        }
    }

    static void print(List<Event> events, PrintWriter out) {
        String fmt = "%-15s %-23s %-14s %-24s %-7s %s%n";
        out.printf(fmt, "ID", "DATE", "PLACE", "TYPE/MODES", "SOURCES", "FIGURES");
        for (Event e : events) {
            String date = e.date() == null ? "-" : e.date().start() + (e.date().end().equals(e.date().start()) ? "" : ".." + e.date().end());
            String type = e.type() + (e.modes().isEmpty() ? "" : "/" + String.join(",", e.modes())) + (e.historical() ? " (hist)" : "") + (e.future() ? " (plan)" : "");
            String figures = figures(e);
            out.printf(fmt, e.id(), date, e.place() == null ? "-" : e.place().name(), type,
                    e.independentSources() + "/" + e.documents().size(), figures);
        }
        out.flush();
    }

    private static String figures(Event e) {
        StringBuilder sb = new StringBuilder();
        for (ClaimKind k : ClaimKind.values()) {
            String cell = EventJson.claimsCell(e.claims(), k);
            if (!cell.isEmpty()) {
                sb.append(sb.length() == 0 ? "" : " | ").append(k.label()).append(": ").append(cell);
                if (e.disputed().contains(k)) {
                    sb.append(" DISPUTED");
                }
            }
        }
        return sb.toString();
    }
}
