package org.vigil.export;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.vigil.model.Claim;
import org.vigil.model.ClaimKind;
import org.vigil.model.Event;
import org.vigil.model.Precision;

/**
 * ACLED-like CSV: one row per event. {@code fatalities} is the lowest credible killed figure (ACLED's rule: the
 * lowest of the claims), and each figure kind also has a column listing every claim with its claimant.
 */
public final class CsvExporter implements Exporter {
    private static final List<String> HEADER = List.of("event_id", "event_date", "year", "time_precision", "disorder_type",
            "event_type", "sub_event_type", "plover_type", "modes", "actor1", "assoc_actor_1", "actor2", "country",
            "admin1", "location", "latitude", "longitude", "geo_precision", "historical", "fatalities", "claims_killed",
            "claims_injured", "claims_arrested", "claims_detained", "claims_disappeared", "claims_participants",
            "disputed", "sources", "independent_sources", "slogans", "confidence");

    private final java.util.function.Function<Event, Long> settled;

    /** Fatalities as the claims give them. */
    public CsvExporter() {
        this(e -> null);
    }

    /**
     * @param settled the killed figure a reviewer settled for an event (the pinned best, else low), or null: then the
     *                lowest claimed, as ACLED codes it
     */
    public CsvExporter(java.util.function.Function<Event, Long> settled) {
        this.settled = settled;
    }

    @Override
    public void write(List<Event> events, Writer out) throws IOException {
        out.write(String.join(",", HEADER) + "\n");
        for (Event e : events) {
            out.write(String.join(",", row(e).stream().map(CsvExporter::cell).toList()) + "\n");
        }
    }

    private List<String> row(Event e) {
        List<String> r = new ArrayList<>();
        r.add(e.id());
        r.add(e.date() == null ? "" : e.date().start().toString());
        r.add(e.date() == null ? "" : String.valueOf(e.date().start().getYear()));
        r.add(e.date() == null ? "" : e.date().precision() == Precision.DAY ? "1" : e.date().precision() == Precision.WEEK ? "2" : "3");
        r.add(e.acledEventType() == null ? "" : e.acledEventType().equals("Protests") || e.acledEventType().equals("Riots")
                ? "Demonstrations" : "Political violence");
        r.add(Objects.toString(e.acledEventType(), ""));
        r.add(Objects.toString(e.acledSubEventType(), ""));
        r.add(e.type().name());
        r.add(String.join(";", e.modes()));
        r.add(e.actors().isEmpty() ? "" : e.actors().get(0).name());
        r.add(e.actors().size() > 1 ? String.join("; ", e.actors().subList(1, e.actors().size()).stream().map(a -> a.name()).toList()) : "");
        r.add(e.recipients().isEmpty() ? "" : e.recipients().get(0).name());
        r.add(e.place() == null ? "" : Objects.toString(e.place().country(), ""));
        r.add(e.place() == null ? "" : Objects.toString(e.place().admin1(), ""));
        r.add(e.place() == null ? "" : e.place().name());
        r.add(e.place() == null ? "" : String.valueOf(e.place().lat()));
        r.add(e.place() == null ? "" : String.valueOf(e.place().lon()));
        r.add(e.place() == null ? "" : e.place().precision().label());
        r.add(String.valueOf(e.historical()));
        Long pinned = settled.apply(e);
        r.add(pinned != null ? String.valueOf(pinned) : fatalities(e.claims()));
        for (ClaimKind k : ClaimKind.values()) {
            r.add(EventJson.claimsCell(e.claims(), k));
        }
        r.add(String.join(";", e.disputed().stream().map(ClaimKind::label).toList()));
        r.add(String.join("; ", e.documents().stream().map(d -> d.publisher() == null ? d.source() : d.publisher()).distinct().toList()));
        r.add(String.valueOf(e.independentSources()));
        r.add(String.join("; ", e.slogans()));
        r.add(Double.toString(e.confidence()));
        return r;
    }

    static String fatalities(List<Claim> claims) {
        return claims.stream().filter(c -> c.kind() == ClaimKind.KILLED && c.low() != null)
                .map(Claim::low).min(Long::compare).map(String::valueOf).orElse("0");
    }

    private static String cell(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
