package org.vigil.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vigil.model.Actor;
import org.vigil.model.Claim;
import org.vigil.model.ClaimKind;
import org.vigil.model.DateRange;
import org.vigil.model.DocumentRef;
import org.vigil.model.Event;
import org.vigil.model.Place;

/** An event as the export contract ({@code contracts/event.schema.json}) spells it: field names, order, nulls. */
public final class EventJson {
    private EventJson() {
    }

    public static Map<String, Object> of(Event e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("type", e.type().name());
        m.put("modes", e.modes());
        m.put("acled_event_type", e.acledEventType());
        m.put("acled_sub_event_type", e.acledSubEventType());
        m.put("historical", e.historical());
        m.put("future", e.future());
        m.put("date", date(e.date()));
        m.put("place", place(e.place()));
        m.put("actors", e.actors().stream().map(a -> actor(a, true)).toList());
        m.put("recipients", e.recipients().stream().map(a -> actor(a, false)).toList());
        Map<String, DocumentRef> refs = new LinkedHashMap<>();
        e.documents().forEach(d -> refs.put(d.id(), d));
        m.put("claims", e.claims().stream().map(c -> claim(c, refs.get(c.documentId()))).toList());
        m.put("disputed", e.disputed().stream().map(ClaimKind::label).toList());
        m.put("documents", e.documents().stream().map(EventJson::document).toList());
        m.put("independent_sources", e.independentSources());
        m.put("slogans", e.slogans());
        m.put("confidence", e.confidence());
        m.put("reasons", e.reasons());
        return m;
    }

    static Map<String, Object> date(DateRange d) {
        if (d == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("start", d.start().toString());
        m.put("end", d.end().toString());
        m.put("precision", d.precision().label());
        m.put("text", d.text());
        return m;
    }

    static Map<String, Object> place(Place p) {
        if (p == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", p.name());
        m.put("name_as_written", p.nameAsWritten());
        m.put("geonameid", p.geonameId());
        m.put("lat", p.lat());
        m.put("lon", p.lon());
        m.put("admin1", p.admin1());
        m.put("country", p.country());
        m.put("precision", p.precision().label());
        return m;
    }

    private static Map<String, Object> actor(Actor a, boolean withRole) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", a.name());
        m.put("id", a.id());
        if (withRole) {
            m.put("role", a.role());
        }
        return m;
    }

    private static Map<String, Object> claim(Claim c, DocumentRef doc) {
        Map<String, Object> m = figure(c);
        m.put("document", doc == null ? orderedPair("id", c.documentId(), "source", c.documentId()) : document(doc));
        m.put("quote", c.quote());
        m.put("quote_start", c.quoteSpan().start());
        m.put("quote_end", c.quoteSpan().end());
        return m;
    }

    /** What a claim says and who says it: kind, range, claimant, relay, hedge (a mutable map, to add to). */
    public static Map<String, Object> figure(Claim c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", c.kind().label());
        m.put("low", c.low());
        m.put("high", c.high());
        m.put("claimant", c.claimant());
        m.put("claimant_via", c.claimantVia());
        m.put("hedge", c.hedge());
        return m;
    }

    static Map<String, Object> document(DocumentRef d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", d.id());
        m.put("source", d.source());
        m.put("publisher", d.publisher());
        m.put("published", d.published() == null ? null
                : d.published().precision() == org.vigil.model.Precision.YEAR ? String.valueOf(d.published().start().getYear())
                : d.published().start().toString());
        return m;
    }

    /** Claims of a kind as one readable cell: "4 (The Herald Report, reportedly); 3 (Mike Pompeo via PMOI/MEK)". */
    public static String claimsCell(List<Claim> claims, ClaimKind kind) {
        List<String> parts = new ArrayList<>();
        for (Claim c : claims) {
            if (c.kind() == kind) {
                parts.add(range(c) + " (" + c.claimant() + (c.claimantVia() == null ? "" : " via " + c.claimantVia())
                        + (c.hedge() == null ? "" : ", " + c.hedge()) + ")");
            }
        }
        return String.join("; ", parts);
    }

    public static String range(Claim c) {
        if (c.low() != null && c.low().equals(c.high())) {
            return String.valueOf(c.low());
        }
        return (c.low() == null ? "" : c.low()) + ".." + (c.high() == null ? "" : c.high());
    }

    /** Two keys in this order (Map.of's iteration order changes from one run to the next). */
    private static Map<String, Object> orderedPair(String k1, Object v1, String k2, Object v2) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put(k1, v1);
        m.put(k2, v2);
        return m;
    }
}
