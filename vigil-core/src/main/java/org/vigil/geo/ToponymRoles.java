package org.vigil.geo;

import java.util.List;
import java.util.Set;
import org.vigil.actor.ActorMention;
import org.vigil.model.Span;
import org.vigil.text.Tokens;

/** How a sentence uses a place name: where things happen, an origin, a stand-in for a government, a landmark. */
final class ToponymRoles {
    private static final Set<String> SPEAKING = Set.of("said", "says", "announced", "condemned", "accused", "claimed",
            "insisted", "denied", "warned", "regime", "government", "authorities", "officials", "forces", "blamed",
            "responded", "rejected", "threatened", "vowed");
    private static final Set<String> FORCE_NOUNS = Set.of("security forces", "riot police", "armed forces", "border guards");
    private static final Set<String> COMPASS = Set.of("north", "south", "east", "west", "northeast", "northwest",
            "southeast", "southwest", "kilometers", "kilometres", "km", "miles");
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "to", "into", "inside", "across", "near", "toward", "towards");
    private static final int ORIGIN_REACH = 8;

    private ToponymRoles() {
    }

    static Toponym.Role role(String text, List<Span> toks, int first, int end, Span name, List<ActorMention> actors) {
        for (ActorMention a : actors) {
            if (!a.id().startsWith("person:") && a.span().overlaps(name)) {
                return Toponym.Role.METONYMY;
            }
        }
        if (end < toks.size() && SPEAKING.contains(word(text, toks, end))
                || end + 1 < toks.size() && FORCE_NOUNS.contains(word(text, toks, end) + " " + word(text, toks, end + 1))) {
            return Toponym.Role.METONYMY; // "Tehran said", "Myanmar security forces killed": the state, not the place
        }
        if (first >= 2 && word(text, toks, first - 1).equals("of") && COMPASS.contains(word(text, toks, first - 2))
                || first >= 2 && word(text, toks, first - 1).equals("from") && COMPASS.contains(word(text, toks, first - 2))) {
            return Toponym.Role.REFERENCE;
        }
        if (follows(text, toks, first, "based", "in") || follows(text, toks, first, "headquartered", "in")
                || text.startsWith("-based", name.end())) {
            return Toponym.Role.ORIGIN; // "a group based in Oslo", "the London-based monitor": where an actor is from
        }
        for (int k = first - 1; k >= Math.max(0, first - ORIGIN_REACH); k--) {
            String w = word(text, toks, k);
            if (PLACE_PREPOSITIONS.contains(w)) {
                break;
            }
            if (w.equals("from") || w.equals("away") && k + 1 < first && word(text, toks, k + 1).equals("as")) {
                return Toponym.Role.ORIGIN;
            }
        }
        return Toponym.Role.LOCATION;
    }

    /** True when the two words just before token i are {@code a b} ("province of X"). */
    static boolean follows(String text, List<Span> toks, int i, String a, String b) {
        return i >= 2 && word(text, toks, i - 2).equals(a) && word(text, toks, i - 1).equals(b);
    }

    private static String word(String text, List<Span> toks, int i) {
        return Tokens.fold(GazetteerToponymExtractor.tok(text, toks, i));
    }
}
