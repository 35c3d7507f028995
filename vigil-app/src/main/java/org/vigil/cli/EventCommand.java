package org.vigil.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.vigil.export.EventJson;
import org.vigil.model.Claim;
import org.vigil.model.Event;
import org.vigil.store.EventStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "event", mixinStandardHelpOptions = true, description = "Show one event: every claim with claimant and quote, the documents, the reasons, its incident chain.")
final class EventCommand implements Callable<Integer> {
    @CommandLine.Mixin
    VigilCli.StoreOption store = new VigilCli.StoreOption();
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;
    @Parameters(paramLabel = "ID")
    String id;

    @Override
    public Integer call() {
        try (EventStore s = store.open()) {
            var e = s.event(id);
            if (e.isEmpty()) {
                spec.commandLine().getErr().println("vigil: no event " + id);
                return 2;
            }
            print(e.get(), id -> s.document(id).map(org.vigil.model.Document::language).orElse(null), spec.commandLine().getOut());
            printChain(e.get().id(), s.chainOf(e.get().id()), spec.commandLine().getOut());
            return 0;
        }
    }

    private static void printChain(String id, java.util.List<org.vigil.model.IncidentLink> links, PrintWriter out) {
        if (links.isEmpty()) {
            return;
        }
        out.println("incident chain:");
        for (var l : links) {
            boolean follows = l.toEventId().equals(id);
            out.printf("  %s %s %s: %s%n", follows ? "after" : "followed by", l.relation(),
                    follows ? l.fromEventId() : l.toEventId(), l.reason());
        }
        out.flush();
    }

    private static String fileName(String source) {
        return source == null ? "?" : source.substring(source.lastIndexOf('/') + 1);
    }

    /** Mention ids are {@code documentHash#n}: show them as {@code file#n}. */
    private static String readable(String reason, java.util.Map<String, String> files) {
        String out = reason;
        for (var f : files.entrySet()) {
            out = out.replace(f.getKey() + "#", f.getValue() + "#");
        }
        return out;
    }

    /** ", fa" after a document that is not in English; nothing for English or a document stored before languages. */
    private static String language(String code) {
        return code == null || code.equals(org.vigil.language.Languages.ENGLISH) ? "" : ", " + code;
    }

    private static void print(Event e, java.util.function.Function<String, String> languageOf, PrintWriter out) {
        out.printf("%s  %s %s%s%n", e.id(), e.type(), String.join(",", e.modes()), e.historical() ? "  (historical)" : e.future() ? "  (planned or called for)" : "");
        out.printf("ACLED:   %s / %s%n", e.acledEventType(), e.acledSubEventType());
        out.printf("date:    %s%n", e.date() == null ? "unknown" : e.date().start() + ".." + e.date().end() + " (" + e.date().precision().label() + ", \"" + e.date().text() + "\")");
        out.printf("place:   %s%n", e.place() == null ? "unknown" : e.place().name() + ", " + e.place().admin1() + ", " + e.place().country() + " (" + e.place().precision().label() + ")");
        out.printf("actors:  %s%n", String.join("; ", e.actors().stream().map(a -> a.name()).toList()));
        out.printf("sources: %d independent of %d documents%n", e.independentSources(), e.documents().size());
        e.documents().forEach(d -> out.printf("  - %s (%s)%s%n", d.source(), d.publisher(), language(languageOf.apply(d.id()))));
        out.println("claims:");
        java.util.Map<String, String> files = new java.util.HashMap<>();
        e.documents().forEach(d -> files.put(d.id(), fileName(d.source())));
        for (Claim c : e.claims()) {
            out.printf("  %s %s according to %s%s%s%n      \"%s\"%n      in %s, characters %d-%d%n", c.kind().label(),
                    EventJson.range(c), c.claimant(), c.claimantVia() == null ? "" : ", quoted by " + c.claimantVia(),
                    c.hedge() == null ? "" : " [hedge: " + c.hedge() + "]", c.quote(),
                    files.getOrDefault(c.documentId(), c.documentId()), c.quoteSpan().start(), c.quoteSpan().end());
        }
        if (!e.disputed().isEmpty()) {
            out.printf("DISPUTED: %s (claimants disagree)%n", String.join(", ", e.disputed().stream().map(k -> k.label()).toList()));
        }
        if (!e.slogans().isEmpty()) {
            out.printf("slogans: %s%n", String.join(" | ", e.slogans()));
        }
        out.println("reasons:");
        e.reasons().forEach(r -> out.println("  - " + readable(r, files)));
        out.flush();
    }
}
