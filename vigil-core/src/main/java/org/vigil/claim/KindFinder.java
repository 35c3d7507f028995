package org.vigil.claim;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.vigil.model.ClaimKind;
import org.vigil.model.Span;
import org.vigil.text.Tokens;

/**
 * Decides what a quantity counts from the words around it: "4 killed", "3 deaths", "wounding dozens",
 * "arresting 30", "death toll rose to 12", "tens of thousands marched". Words after the number (up to a
 * conjunction or punctuation) win over words before it.
 */
final class KindFinder {
    private static final Map<String, ClaimKind> AFTER = Map.ofEntries(
            Map.entry("killed", ClaimKind.KILLED), Map.entry("dead", ClaimKind.KILLED), Map.entry("deaths", ClaimKind.KILLED),
            Map.entry("died", ClaimKind.KILLED), Map.entry("death", ClaimKind.KILLED), Map.entry("martyrs", ClaimKind.KILLED),
            Map.entry("martyred", ClaimKind.KILLED), Map.entry("fatalities", ClaimKind.KILLED), Map.entry("slain", ClaimKind.KILLED),
            Map.entry("executed", ClaimKind.KILLED), Map.entry("massacred", ClaimKind.KILLED), Map.entry("murdered", ClaimKind.KILLED),
            Map.entry("bodies", ClaimKind.KILLED), Map.entry("injured", ClaimKind.INJURED), Map.entry("wounded", ClaimKind.INJURED),
            Map.entry("injuries", ClaimKind.INJURED), Map.entry("hurt", ClaimKind.INJURED), Map.entry("hospitalised", ClaimKind.INJURED),
            Map.entry("hospitalized", ClaimKind.INJURED), Map.entry("arrested", ClaimKind.ARRESTED), Map.entry("arrests", ClaimKind.ARRESTED),
            Map.entry("detained", ClaimKind.DETAINED), Map.entry("detainees", ClaimKind.DETAINED), Map.entry("detentions", ClaimKind.DETAINED),
            Map.entry("jailed", ClaimKind.DETAINED), Map.entry("imprisoned", ClaimKind.DETAINED), Map.entry("disappeared", ClaimKind.DISAPPEARED),
            Map.entry("missing", ClaimKind.DISAPPEARED), Map.entry("participants", ClaimKind.PARTICIPANTS),
            Map.entry("marched", ClaimKind.PARTICIPANTS), Map.entry("rallied", ClaimKind.PARTICIPANTS),
            Map.entry("gathered", ClaimKind.PARTICIPANTS), Map.entry("protested", ClaimKind.PARTICIPANTS),
            Map.entry("demonstrated", ClaimKind.PARTICIPANTS), Map.entry("strong", ClaimKind.PARTICIPANTS),
            Map.entry("marchers", ClaimKind.PARTICIPANTS), Map.entry("took", ClaimKind.PARTICIPANTS),
            Map.entry("joined", ClaimKind.PARTICIPANTS), Map.entry("turned", ClaimKind.PARTICIPANTS),
            Map.entry("attended", ClaimKind.PARTICIPANTS), Map.entry("custody", ClaimKind.DETAINED), Map.entry("wounds", ClaimKind.INJURED),
            Map.entry("detention", ClaimKind.DETAINED),
            Map.entry("abducted", ClaimKind.DISAPPEARED), Map.entry("kidnapped", ClaimKind.DISAPPEARED),
            Map.entry("abductees", ClaimKind.DISAPPEARED), Map.entry("blocked", ClaimKind.PARTICIPANTS),
            Map.entry("occupied", ClaimKind.PARTICIPANTS), Map.entry("stormed", ClaimKind.PARTICIPANTS),
            Map.entry("massed", ClaimKind.PARTICIPANTS), Map.entry("assembled", ClaimKind.PARTICIPANTS),
            Map.entry("converged", ClaimKind.PARTICIPANTS), Map.entry("filled", ClaimKind.PARTICIPANTS),
            Map.entry("surrounded", ClaimKind.PARTICIPANTS), Map.entry("chanting", ClaimKind.PARTICIPANTS),
            Map.entry("chanted", ClaimKind.PARTICIPANTS), Map.entry("rallying", ClaimKind.PARTICIPANTS),
            Map.entry("picketed", ClaimKind.PARTICIPANTS), Map.entry("paraded", ClaimKind.PARTICIPANTS),
            Map.entry("unaccounted", ClaimKind.DISAPPEARED), Map.entry("whisked", ClaimKind.DISAPPEARED),
            Map.entry("treated", ClaimKind.INJURED), Map.entry("jail", ClaimKind.DETAINED), Map.entry("prison", ClaimKind.DETAINED));
    /** What a count is of when a verb links it to a noun before it: "the death toll rose to 12", "turnout was 5,000". */
    private static final Map<String, ClaimKind> LINKED_NOUNS = Map.ofEntries(
            Map.entry("toll", ClaimKind.KILLED), Map.entry("deaths", ClaimKind.KILLED), Map.entry("dead", ClaimKind.KILLED),
            Map.entry("fatalities", ClaimKind.KILLED), Map.entry("injured", ClaimKind.INJURED), Map.entry("wounded", ClaimKind.INJURED),
            Map.entry("injuries", ClaimKind.INJURED), Map.entry("arrests", ClaimKind.ARRESTED), Map.entry("arrested", ClaimKind.ARRESTED),
            Map.entry("detainees", ClaimKind.DETAINED), Map.entry("detentions", ClaimKind.DETAINED), Map.entry("detained", ClaimKind.DETAINED),
            Map.entry("prisoners", ClaimKind.DETAINED), Map.entry("missing", ClaimKind.DISAPPEARED),
            Map.entry("disappeared", ClaimKind.DISAPPEARED), Map.entry("turnout", ClaimKind.PARTICIPANTS),
            Map.entry("crowd", ClaimKind.PARTICIPANTS), Map.entry("participants", ClaimKind.PARTICIPANTS));
    private static final Set<String> HELD_AFTER = Set.of("being", "been", "were", "are", "remain", "still", "was", "is");
    private static final Set<String> LINKING = Set.of("to", "reached", "at", "was", "is", "were", "are", "be", "hit", "topped", "exceeded");
    private static final Map<String, ClaimKind> BEFORE = Map.ofEntries(
            Map.entry("killed", ClaimKind.KILLED), Map.entry("killing", ClaimKind.KILLED), Map.entry("kills", ClaimKind.KILLED),
            Map.entry("slaughtered", ClaimKind.KILLED), Map.entry("massacred", ClaimKind.KILLED), Map.entry("executed", ClaimKind.KILLED),
            Map.entry("toll", ClaimKind.KILLED), Map.entry("wounding", ClaimKind.INJURED), Map.entry("wounded", ClaimKind.INJURED),
            Map.entry("injuring", ClaimKind.INJURED), Map.entry("injured", ClaimKind.INJURED), Map.entry("arresting", ClaimKind.ARRESTED),
            Map.entry("arrested", ClaimKind.ARRESTED), Map.entry("arrest", ClaimKind.ARRESTED), Map.entry("detaining", ClaimKind.DETAINED),
            Map.entry("detained", ClaimKind.DETAINED), Map.entry("detain", ClaimKind.DETAINED), Map.entry("crowd", ClaimKind.PARTICIPANTS),
            Map.entry("turnout", ClaimKind.PARTICIPANTS), Map.entry("dead", ClaimKind.KILLED),
            Map.entry("treated", ClaimKind.INJURED), Map.entry("abducted", ClaimKind.DISAPPEARED),
            Map.entry("abducting", ClaimKind.DISAPPEARED), Map.entry("kidnapped", ClaimKind.DISAPPEARED),
            Map.entry("kidnapping", ClaimKind.DISAPPEARED), Map.entry("bodies", ClaimKind.KILLED),
            Map.entry("counted", ClaimKind.PARTICIPANTS), Map.entry("drew", ClaimKind.PARTICIPANTS),
            Map.entry("attracted", ClaimKind.PARTICIPANTS));
    /** Crowd nouns count participants only when a verb of gathering follows or "crowd of" precedes. */
    static final Set<String> CROWD_NOUNS = Set.of("people", "protesters", "protestors", "demonstrators", "students",
            "workers", "residents", "farmers", "teachers", "nurses", "doctors", "women", "supporters", "activists", "villagers",
            "miners", "pensioners", "youths", "fans", "marchers", "mourners", "members");
    /** Words that refer back to a figure already given: "the organisers put it at 25,000", "the number was closer to 20,000". */
    private static final Set<String> RISING = Set.of("rose", "risen", "rising", "rises", "climbed", "climbing", "increased",
            "jumped", "grew", "grown", "soared", "mounted", "up", "fell", "dropped", "revised", "reached", "amounted");
    private static final Set<String> TIME_UNITS = Set.of("year", "years", "month", "months", "week", "weeks", "day", "days",
            "hour", "hours", "minute", "minutes", "decade", "decades");
    private static final Set<String> GATHERINGS = Set.of("rally", "march", "demonstration", "protest", "gathering",
            "procession", "crowd", "crowds", "sit-in", "vigil", "strike", "walkout");
    private static final Set<String> ANAPHORS = Set.of("it", "number", "figure", "total", "tally", "count");
    /** What was done to one person, said between the article and the noun: "a murdered policeman". */
    private static final Map<String, ClaimKind> ONE_PERSON_STATES = Map.of("murdered", ClaimKind.KILLED,
            "slain", ClaimKind.KILLED, "dead", ClaimKind.KILLED, "killed", ClaimKind.KILLED, "wounded", ClaimKind.INJURED,
            "injured", ClaimKind.INJURED, "arrested", ClaimKind.ARRESTED, "detained", ClaimKind.DETAINED,
            "jailed", ClaimKind.DETAINED, "abducted", ClaimKind.DISAPPEARED);
    /** A casualty table's row: "Dead: 192", "Total injured: 74". */
    private static final Map<String, ClaimKind> TABLE_ROWS = Map.of("dead", ClaimKind.KILLED, "killed", ClaimKind.KILLED,
            "deaths", ClaimKind.KILLED, "fatalities", ClaimKind.KILLED, "injured", ClaimKind.INJURED,
            "wounded", ClaimKind.INJURED, "arrested", ClaimKind.ARRESTED, "detained", ClaimKind.DETAINED,
            "missing", ClaimKind.DISAPPEARED);
    /** Nouns before "of" that make the count after them a count of the dead: "the deaths of at least four soldiers". */
    private static final Set<String> DEATHS_OF = Set.of("deaths", "death", "killing", "killings", "murder", "murders");
    /** Verbs that take "N lives": "the bombing claimed 217 lives", "the fire cost 12 lives". */
    private static final Set<String> TOOK_LIVES = Set.of("claimed", "claiming", "claims", "cost", "costing", "took", "taking");
    /** Verbs that carry a toll to a figure: "brought the toll for both attacks to 259". */
    private static final Set<String> BRINGING = Set.of("brought", "brings", "bringing", "raised", "raising", "pushed",
            "pushing", "put", "puts", "putting", "took", "taking", "takes");
    /** Acts that kill when "fatally" comes before them: "police fatally shot four men". */
    private static final Set<String> FATAL_ACTS = Set.of("shot", "shooting", "stabbed", "stabbing", "wounded", "wounding",
            "injured", "beat", "beaten", "struck", "hit");
    /** Past participles after these reach further: "25 Turkish-backed Syrian militiamen have been killed". */
    private static final Set<String> PASSIVE = Set.of("been", "were", "was", "are", "is", "being");
    static final Set<String> STOP = Set.of("and", "but", "while", "whereas", "or", ",", ";", ":", ".", "!", "?", "(", ")", "“", "”", "\"", "&");

    private KindFinder() {
    }

    /** The kind and the span of the word that says it, or null. */
    static Found kind(String text, List<Span> tokens, Quantity q) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).start() >= q.span().start() && first < 0) {
                first = i;
            }
            if (tokens.get(i).end() <= q.span().end()) {
                last = i;
            }
        }
        if (first < 0) {
            return null;
        }
        if (last + 1 < tokens.size() && TIME_UNITS.contains(word(text, tokens.get(last + 1)))) {
            return null; // "10 years in prison", "three days of protests": a count of time, not of people
        }
        Found inside = insideOnePerson(text, tokens, first, last, q);
        if (inside != null) {
            return inside; // "a murdered policeman", "an arrested student"
        }
        if (q.low() != null && q.low() == 0 && q.high() != null && q.high() == 0) {
            for (int i = last + 1; i < Math.min(tokens.size(), last + 3); i++) {
                if (word(text, tokens.get(i)).equals("casualties")) {
                    return new Found(ClaimKind.KILLED, tokens.get(i)); // "there were no reported casualties": nobody died
                }
            }
        }
        Found after = after(text, tokens, last + 1);
        Found before = before(text, tokens, first);
        if (after != null && after.kind() == ClaimKind.PARTICIPANTS && before != null
                && before.kind() != ClaimKind.PARTICIPANTS) {
            return before; // "arrested 40 protesters who marched": the act done to them says what is counted
        }
        return after != null ? after : before != null ? before : CrowdNouns.crowdByNoun(text, tokens, last + 1);
    }

    record Found(ClaimKind kind, Span word) {
    }

    private static Found insideOnePerson(String text, List<Span> tokens, int first, int last, Quantity q) {
        if (!QuantityParser.isOnePerson(q)) {
            return null;
        }
        for (int i = first + 1; i < last; i++) {
            String w = word(text, tokens.get(i));
            ClaimKind k = ONE_PERSON_STATES.get(w);
            if (k != null) {
                return new Found(k, tokens.get(i));
            }
        }
        return null;
    }

    private static Found after(String text, List<Span> tokens, int from) {
        boolean crowd = false;
        int skipped = 0;
        for (int i = from; i < Math.min(tokens.size(), from + skipped + 9); i++) {
            boolean near = i < from + skipped + (crowd ? 7 : 5);
            String w = word(text, tokens.get(i));
            int asideEnd = w.equals(",") ? Asides.commaAsideEnd(text, tokens, i)
                    : Asides.isDash(text, tokens, i) ? Asides.dashAsideEnd(text, tokens, i) : -1;
            if (asideEnd < 0 && Asides.isDash(text, tokens, i)) {
                return null; // the count is inside an aside and the dash closes it: "— among them two children —"
            }
            if (asideEnd > 0) {
                skipped += asideEnd - i + 1; // "41 people, including two officers, died": the aside is stepped over
                i = asideEnd;
                continue;
            }
            if (STOP.contains(w) && !(i == from && w.equals("&"))) {
                return null;
            }
            ClaimKind k = AFTER.get(w);
            if (w.equals("lost") && i + 2 < tokens.size() && word(text, tokens.get(i + 2)).equals("lives")) {
                k = ClaimKind.KILLED; // "lost their lives"
            }
            if ((w.equals("rounded") || w.equals("picked")) && i + 1 < tokens.size() && word(text, tokens.get(i + 1)).equals("up")) {
                k = ClaimKind.ARRESTED; // "were rounded up", "were picked up by police"
            }
            if (w.equals("held") && i > from && HELD_AFTER.contains(word(text, tokens.get(i - 1)))) {
                k = ClaimKind.DETAINED; // "are being held", "remain held"; "held a rally" is no detention
            }
            if (k == null && walkedOut(text, tokens, i, w)) {
                k = ClaimKind.PARTICIPANTS; // "went on strike", "walked out", "staged a sit-in"
            }
            boolean passive = i > from && PASSIVE.contains(word(text, tokens.get(i - 1)));
            if (k != null && (near || passive && k != ClaimKind.PARTICIPANTS)
                    && (k != ClaimKind.PARTICIPANTS || crowd || isGatherVerb(w) || walkedOut(text, tokens, i, w) || i == from)) {
                return new Found(k, tokens.get(i));
            }
            crowd |= CROWD_NOUNS.contains(w);
        }
        return null;
    }

    private static boolean walkedOut(String text, List<Span> tokens, int i, String w) {
        String next = i + 1 < tokens.size() ? word(text, tokens.get(i + 1)) : "";
        return w.equals("went") && (next.equals("on") || next.equals("to"))
                || w.equals("walked") && next.equals("out") || w.equals("staged") || w.equals("struck")
                || w.equals("downed") && next.equals("tools");
    }

    private static final Set<String> GATHER_VERBS = Set.of("marched", "rallied", "gathered", "protested", "demonstrated",
            "took", "joined", "turned", "attended", "surrounded", "chanting", "chanted", "rallying", "picketed", "paraded");

    private static boolean isGatherVerb(String w) {
        return GATHER_VERBS.contains(w); // a constant: this runs for every word after every figure
    }

    private static Found before(String text, List<Span> tokens, int first) {
        Found linked = linked(text, tokens, first);
        if (linked != null) {
            return linked;
        }
        Found row = tableRow(text, tokens, first);
        if (row != null) {
            return row;
        }
        for (int i = first - 1; i >= Math.max(0, first - 4); i--) {
            String w = word(text, tokens.get(i));
            if (STOP.contains(w)) {
                return null;
            }
            ClaimKind k = BEFORE.get(w);
            if (w.equals("of") && i == first - 1 && i > 0 && GATHERINGS.contains(word(text, tokens.get(i - 1)))) {
                k = ClaimKind.PARTICIPANTS; // "a rally of some 2,000 supporters"
            }
            if (w.equals("toll") && (i == 0 || !word(text, tokens.get(i - 1)).equals("death"))) {
                k = null; // a road toll counts nothing; a death toll does
            }
            if (w.equals("bodies") && (i + 1 >= tokens.size() || !word(text, tokens.get(i + 1)).equals("of"))) {
                k = null; // "the bodies of two activists"; in "20 bodies at one hospital" the one counts hospitals
            }
            k = k != null ? k : killingWord(text, tokens, i, first);
            if (k != null) {
                return new Found(k, tokens.get(i));
            }
        }
        return null;
    }

    /** "the deaths of four soldiers", "police fatally shot four men", "claimed at least 217 lives"; else null. */
    private static ClaimKind killingWord(String text, List<Span> tokens, int i, int first) {
        String w = word(text, tokens.get(i));
        String next = i + 1 < tokens.size() ? word(text, tokens.get(i + 1)) : "";
        if (DEATHS_OF.contains(w) && next.equals("of")
                || FATAL_ACTS.contains(w) && i > 0 && word(text, tokens.get(i - 1)).equals("fatally")) {
            return ClaimKind.KILLED;
        }
        if (TOOK_LIVES.contains(w)) {
            for (int j = first; j < Math.min(tokens.size(), first + 4); j++) {
                if (word(text, tokens.get(j)).equals("lives")) {
                    return ClaimKind.KILLED;
                }
            }
        }
        return null;
    }

    /** A casualty table's row, "Total dead: 192" or "Injured: 4,877", with the figure alone after the colon. */
    private static Found tableRow(String text, List<Span> tokens, int first) {
        if (first < 2 || !word(text, tokens.get(first - 1)).equals(":")) {
            return null;
        }
        ClaimKind k = TABLE_ROWS.get(word(text, tokens.get(first - 2)));
        boolean rowStart = first == 2 || text.substring(tokens.get(first - 3).end(), tokens.get(first - 2).start()).contains("\n")
                || first == 3 && word(text, tokens.get(0)).equals("total");
        return k != null && rowStart ? new Found(k, tokens.get(first - 2)) : null;
    }

    /** "The toll from Saturday's violence has risen to 19", "the number of detainees reached 1,300", "turnout was 5,000". */
    private static Found linked(String text, List<Span> tokens, int first) {
        if (first == 0 || !LINKING.contains(word(text, tokens.get(first - 1)))) {
            return null;
        }
        boolean to = word(text, tokens.get(first - 1)).equals("to");
        if (to && first >= 2 && RISING.contains(word(text, tokens.get(first - 2)))) {
            to = false; // "has risen to 19" links; "spread to 15 cities" does not
        }
        for (int i = first - 2; i >= Math.max(0, first - 14); i--) {
            String w = word(text, tokens.get(i));
            if (STOP.contains(w) && !w.equals(",")) {
                return null;
            }
            ClaimKind k = LINKED_NOUNS.get(w);
            if (k != null && (!to || broughtBefore(text, tokens, i))) {
                return new Found(k, tokens.get(i));
            }
        }
        return null;
    }

    /** "brought the toll to 259": a verb that carries the noun at {@code noun} to the figure, within three words. */
    private static boolean broughtBefore(String text, List<Span> tokens, int noun) {
        for (int i = noun - 1; i >= Math.max(0, noun - 3); i--) {
            if (BRINGING.contains(word(text, tokens.get(i)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The word that refers back to an earlier figure of the sentence when {@code q} is linked to it ("put it at",
     * "the number was"), or null: the figure is then of the earlier figure's kind.
     */
    static Span anaphor(String text, List<Span> tokens, Quantity q) {
        int first = 0;
        while (first < tokens.size() && tokens.get(first).start() < q.span().start()) {
            first++;
        }
        if (first == 0 || !LINKING.contains(word(text, tokens.get(first - 1)))) {
            return null;
        }
        for (int i = first - 2; i >= Math.max(0, first - 4); i--) {
            String w = word(text, tokens.get(i));
            if (STOP.contains(w)) {
                return null;
            }
            if (ANAPHORS.contains(w)) {
                return tokens.get(i);
            }
        }
        return null;
    }

    static String word(String text, Span t) {
        return Tokens.fold(text.substring(t.start(), t.end())).toLowerCase(Locale.ROOT);
    }
}
