package org.vigil.bench.realnews;

import java.util.List;
import java.util.Locale;
import org.vigil.corpus.CorpusAnalyzer;
import org.vigil.model.Event;
import org.vigil.model.Mention;

/**
 * For development: each relevant labelled document's shown events (type, sub-type, place, date, triggers) beside
 * its labelled news events, to see where the record makes more events than a coder would.
 */
final class EventListing {
    private EventListing() {
    }

    static void print(List<RealNewsScorer.Analysed> docs, CorpusAnalyzer corpus, double threshold) {
        for (RealNewsScorer.Analysed a : docs) {
            if (!a.gold().relevant()) {
                continue;
            }
            List<Mention> shown = a.analysis().mentions().stream()
                    .filter(m -> !m.historical() && m.confidence() >= threshold).toList();
            List<Event> events = RealNewsScorer.events(a.analysis(), shown, corpus);
            System.out.printf(Locale.ROOT, "== %s: %d events, %d labelled%n", a.gold().id(), events.size(),
                    a.gold().events().stream().filter(e -> "news".equals(e.timeframe())).count());
            for (Event e : events) {
                List<String> triggers = e.mentionIds().stream().map(id -> shown.stream().filter(m -> m.id().equals(id))
                        .findFirst().map(Mention::trigger).orElse("?")).toList();
                System.out.printf(Locale.ROOT, "   %-9s %-8s %-34s %-22s %-12s %s%s%n", e.type(), e.modes().isEmpty() ? "-" : e.modes().get(0),
                        e.acledSubEventType(), e.place() == null ? "-" : e.place().name(),
                        e.date() == null ? "-" : e.date().start().toString(), triggers, e.future() ? " (planned)" : "");
            }
            for (RealNewsLabels.LabelledEvent g : a.gold().events()) {
                System.out.printf(Locale.ROOT, "   gold %-9s %-34s %-8s '%s'%n", g.plover(), g.acled(), g.timeframe(),
                        g.quote().text().length() > 90 ? g.quote().text().substring(0, 90) : g.quote().text());
            }
        }
    }
}
