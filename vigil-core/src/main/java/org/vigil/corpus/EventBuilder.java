package org.vigil.corpus;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.vigil.model.Actor;
import org.vigil.model.Claim;
import org.vigil.model.ClaimKind;
import org.vigil.model.CopyLink;
import org.vigil.model.DateRange;
import org.vigil.model.Document;
import org.vigil.model.DocumentRef;
import org.vigil.model.Event;
import org.vigil.model.Mention;
import org.vigil.model.Place;
import org.vigil.model.PlacePrecision;

/**
 * Makes an {@link Event} of a cluster: merged date and place, actors, claims with the kinds in dispute,
 * evidence documents and the count of independent sources (documents joined by a copy or by one publisher
 * count once), and the reasons for every merge and copy.
 */
final class EventBuilder {
    private final Map<String, Document> documents;
    private final Map<String, List<Claim>> claimsByMention;
    private final List<CopyLink> copies;
    private final Map<String, org.vigil.model.Post> relayed;

    /** @param relayed the posts that relay another account's post, by document id: each counts as its origin */
    EventBuilder(Map<String, Document> documents, Map<String, List<Claim>> claimsByMention, List<CopyLink> copies,
                 Map<String, org.vigil.model.Post> relayed) {
        this.documents = documents;
        this.claimsByMention = claimsByMention;
        this.copies = copies;
        this.relayed = relayed;
    }

    Event build(EventClusterer.Cluster c, String id) {
        List<Mention> ms = c.mentions();
        Mention first = ms.get(0);
        List<String> ids = ms.stream().map(Mention::id).sorted().toList();
        List<Claim> claims = ms.stream().flatMap(m -> claimsByMention.getOrDefault(m.id(), List.of()).stream())
                .sorted(Comparator.comparing((Claim x) -> x.kind()).thenComparing(Claim::documentId)
                        .thenComparing(x -> x.quoteSpan().start())).toList();
        Set<String> docIds = new TreeSet<>();
        ms.forEach(m -> docIds.add(m.documentId()));
        List<DocumentRef> refs = docIds.stream().map(documents::get).map(Document::ref)
                .sorted(Comparator.comparing(DocumentRef::source)).toList();
        List<String> reasons = new ArrayList<>(c.reasons());
        int independent = Sources.independent(docIds, documents, copies, relayed, reasons);
        return new Event(id, first.type(), modes(ms), majority(ms, true), majority(ms, false),
                first.historical(), first.future(), date(ms), place(ms), actors(ms, true), actors(ms, false),
                claims, disputed(claims), refs, independent, slogans(ms), reasons, ids,
                ms.stream().mapToDouble(Mention::confidence).max().orElse(0));
    }

    static String id(List<String> mentionIds) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] h = sha.digest(String.join("\n", mentionIds).getBytes(StandardCharsets.UTF_8));
            return "ev-" + HexFormat.of().formatHex(h).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> modes(List<Mention> ms) {
        Set<String> out = new TreeSet<>();
        ms.forEach(m -> out.addAll(m.modes()));
        return new ArrayList<>(out);
    }

    private static String majority(List<Mention> ms, boolean eventType) {
        Map<String, Integer> counts = new HashMap<>();
        for (Mention m : ms) {
            String v = eventType ? m.acledEventType() : m.acledSubEventType();
            if (v != null) {
                counts.merge(v, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).map(Map.Entry::getKey).orElse(null);
    }

    private static DateRange date(List<Mention> ms) {
        DateRange d = null;
        for (Mention m : ms) {
            if (m.date() != null) {
                d = d == null ? m.date() : d.span(m.date());
            }
        }
        return d;
    }

    /** The most often named place at the finest precision better than a region; a site counts for its city. */
    private static Place place(List<Mention> ms) {
        Map<String, Integer> counts = new HashMap<>();
        Place best = null;
        for (Mention m : ms) {
            if (m.place() != null) {
                counts.merge(m.place().name() + m.place().country(), 1, Integer::sum);
            }
        }
        for (Mention m : ms) {
            Place p = m.place();
            if (p != null && (best == null || rank(p) < rank(best)
                    || rank(p) == rank(best) && counts.get(p.name() + p.country()) > counts.get(best.name() + best.country()))) {
                best = p;
            }
        }
        return best;
    }

    private static int rank(Place p) {
        return p.precision() == PlacePrecision.SITE ? 0 : p.precision() == PlacePrecision.CITY ? 0 : p.precision().ordinal();
    }

    private static List<Actor> actors(List<Mention> ms, boolean actors) {
        Map<String, Actor> out = new java.util.LinkedHashMap<>();
        for (Mention m : ms) {
            for (Actor a : actors ? m.actors() : m.recipients()) {
                out.putIfAbsent(a.id() != null ? a.id() : a.name().toLowerCase(java.util.Locale.ROOT), a);
            }
        }
        return new ArrayList<>(out.values());
    }

    private static List<String> slogans(List<Mention> ms) {
        Set<String> out = new LinkedHashSet<>();
        ms.forEach(m -> out.addAll(m.slogans()));
        return new ArrayList<>(out);
    }

    /** Kinds with two claims, from different claimants, whose ranges do not overlap. */
    static List<ClaimKind> disputed(List<Claim> claims) {
        Set<ClaimKind> out = new TreeSet<>();
        for (int i = 0; i < claims.size(); i++) {
            for (int j = i + 1; j < claims.size(); j++) {
                Claim a = claims.get(i);
                Claim b = claims.get(j);
                if (a.kind() == b.kind() && !a.claimant().equals(b.claimant()) && !a.agreesWith(b)) {
                    out.add(a.kind());
                }
            }
        }
        return new ArrayList<>(out);
    }
}
