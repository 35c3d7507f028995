package org.vigil.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.vigil.actor.ActorMention;
import org.vigil.geo.Toponym;
import org.vigil.model.Actor;
import org.vigil.model.DateRange;
import org.vigil.model.Place;
import org.vigil.model.PlacePrecision;
import org.vigil.model.PloverType;
import org.vigil.time.TimeMention;

/** The rules that give a triggered mention its place, date, actors and flags from its sentence and document. */
final class MentionFactory {
    private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "outside", "across", "throughout", "inside", "around");
    private static final Set<String> NEGATORS = Set.of("not", "no", "never", "without", "neither", "nor");
    private static final Set<String> FUTURE = Set.of("will", "shall", "plan", "plans", "planned", "planning",
            "intend", "intends", "upcoming", "coming", "next", "expected", "'ll", "would");
    /** Verbs that announce an act not done yet when "to" follows: "vowed to block", "threatened to strike". */
    private static final Set<String> INTENT = Set.of("vow", "vows", "vowed", "vowing", "threaten", "threatens", "threatened",
            "threatening", "pledge", "pledges", "pledged", "promise", "promises", "promised", "urge", "urges", "urged");
    private static final Set<String> FORCE_ROLES = Set.of("state-forces", "government", "armed-group");
    private static final Set<String> CROWD_ROLES = Set.of("protesters", "labour", "civilians", "opposition");

    private MentionFactory() {
    }

    static Place place(SentenceContext sc, TriggerMatch tm, DocumentFocus focus, boolean historical, String text) {
        Toponym best = null;
        for (Toponym t : sc.toponyms()) {
            if (t.role() != Toponym.Role.LOCATION) {
                continue;
            }
            boolean locative = sc.wordsBefore(text, t.span().start(), 4).stream().anyMatch(LOCATIVE::contains);
            if (locative) {
                return named(t);
            }
            if (best == null || Math.abs(t.span().start() - tm.span().start()) < Math.abs(best.span().start() - tm.span().start())) {
                best = t;
            }
        }
        if (best != null) {
            return named(best);
        }
        if (tm.trigger().statement()) {
            return null;
        }
        return historical ? focus.country() : focus.city() != null ? focus.city() : focus.country();
    }

    private static Place named(Toponym t) {
        return t.place().withPrecision(t.place().precision(), t.text());
    }

    /**
     * The span of the dates stated in the sentence, or null. A date after "since" runs on to the report's day
     * ("seven killed since Monday" in a Wednesday report: Monday to Wednesday).
     */
    static DateRange date(SentenceContext sc, String text, DateRange reportDay) {
        DateRange d = null;
        for (TimeMention t : sc.times()) {
            DateRange r = t.range();
            if (reportDay != null && r.precision() == org.vigil.model.Precision.DAY && r.end().isBefore(reportDay.start())
                    && SINCE.matcher(text.substring(Math.max(0, t.span().start() - 12), t.span().start())).find()) {
                r = new DateRange(r.start(), reportDay.start(), r.precision(), r.text());
            }
            d = d == null ? r : d.span(r);
        }
        return d;
    }

    private static final java.util.regex.Pattern SINCE = java.util.regex.Pattern.compile("(?i)\\bsince\\s+(?:the\\s+|last\\s+)?$");

    /**
     * A statement whose sentence dates only what it is about: "called for an inquiry into the killings on 25 June",
     * "vowed to march on Thursday". The statement itself is then dated by its report, not by those days.
     */
    static boolean statementAbout(SentenceContext sc, TriggerMatch tm) {
        return tm.trigger().statement() && !sc.times().isEmpty()
                && sc.times().stream().allMatch(t -> t.span().start() > tm.span().end() + STATEMENT_DATE_REACH);
    }

    /** How far after a statement's verb its own date may stand ("condemned on Friday"). */
    private static final int STATEMENT_DATE_REACH = 12;

    /**
     * The date of an act told in a clause "a day after ..." / "two days after ...": that many days before the
     * sentence's day ("Ruto withdrew the bill on Wednesday, a day after police shot dead protesters": Tuesday).
     */
    static DateRange dayAfterClause(SentenceContext sc, TriggerMatch tm, String text, DateRange date) {
        if (date == null || date.precision() != org.vigil.model.Precision.DAY || !date.start().equals(date.end())) {
            return date;
        }
        List<String> before = sc.wordsBefore(text, tm.span().start(), 10);
        for (int i = before.size() - 1; i >= 2; i--) {
            String w = before.get(i);
            if (w.equals(",") || w.equals(";")) {
                return date;
            }
            Integer n = w.equals("after") && before.get(i - 1).matches("days?") ? DAYS_BACK.get(before.get(i - 2)) : null;
            if (n != null) {
                return DateRange.day(date.start().minusDays(n), date.text());
            }
        }
        return date;
    }

    private static final java.util.regex.Pattern ANONYMITY = java.util.regex.Pattern.compile(
            "(?i)ask(?:ed|s|ing)? not to be (?:named|identified)|request(?:ed|s|ing)? anonymity");
    private static final Set<String> INCITING = Set.of("inciting", "incite", "incited", "incitement", "instigating", "fomenting");

    private static final java.util.Map<String, Integer> DAYS_BACK = java.util.Map.of("a", 1, "one", 1, "the", 1,
            "two", 2, "three", 3, "four", 4, "five", 5);

    /** Words that frame what is near them as history: "over the last four decades", "since 1979", "years ago". */
    private static final java.util.regex.Pattern PAST_FRAME = java.util.regex.Pattern.compile(
            "(?i)\\b(?:(?:over|during|in|for|throughout) the (?:last|past) (?:\\w+ )?(?:decades?|years|centuries)"
            + "|since (?:19|20)\\d\\d|anniversary of|(?:years|decades) ago|in the (?:19|20)\\d0s)\\b");
    private static final int FRAME_REACH = 40;

    static boolean pastFramed(SentenceContext sc, TriggerMatch tm) {
        if (sc.times().stream().anyMatch(TimeMention::pastFramed)) {
            return true;
        }
        java.util.regex.Matcher m = PAST_FRAME.matcher(sc.sentence().text());
        int base = sc.sentence().span().start();
        while (m.find()) {
            int start = base + m.start();
            int end = base + m.end();
            if (start - tm.span().end() <= FRAME_REACH && tm.span().start() - end <= FRAME_REACH) {
                return true;
            }
        }
        return false;
    }

    static boolean negated(SentenceContext sc, TriggerMatch tm, String text) {
        return sc.wordsBefore(text, tm.span().start(), 3).stream().anyMatch(w -> NEGATORS.contains(w) || w.endsWith("n't"));
    }

    static boolean futureWording(SentenceContext sc, TriggerMatch tm, String text) {
        List<String> before = sc.wordsBefore(text, tm.span().start(), 6);
        if (!before.isEmpty() && before.get(before.size() - 1).equals("be")) {
            return true; // "demanded that soldiers be withdrawn": wished for, not done
        }
        int comma = before.lastIndexOf(",");
        List<String> clause = before.subList(comma + 1, before.size());
        for (int i = 0; i + 1 < clause.size(); i++) {
            String next = clause.get(i + 1);
            if (INTENT.contains(clause.get(i)) && next.equals("to") || clause.get(i).equals("called") && !next.equals("off")) {
                return true; // "vowed to block highways", "called for a general strike", "called a new day of strikes"
            }
        }
        return clause.stream().anyMatch(FUTURE::contains);
    }

    /**
     * A trigger word inside a name ("the Assistance Association for Political Prisoners", "the Rapid Support
     * Forces"): capitalised mid-sentence next to another capitalised word, in a sentence that is no title-case
     * headline ("Police Fire Tear Gas at Protesters").
     */
    static boolean insideName(SentenceContext sc, TriggerMatch tm, String text) {
        List<org.vigil.model.Span> toks = sc.sentence().tokens();
        int i = sc.tokenIndex(tm.span().start());
        if (i == 0 || i >= toks.size() || !capitalised(text, toks.get(i))) {
            return false;
        }
        boolean inName = capitalised(text, toks.get(i - 1)) || i + 1 < toks.size() && capitalised(text, toks.get(i + 1));
        boolean titleCase = toks.stream().noneMatch(t -> t.length() >= 4 && Character.isLowerCase(text.charAt(t.start())));
        return inName && !titleCase;
    }

    private static boolean capitalised(String text, org.vigil.model.Span t) {
        return Character.isUpperCase(text.charAt(t.start()));
    }

    /**
     * Generic talk of a right ("the right to protest"), a charge ("inciting unrest") or a source's wish to stay
     * unnamed ("asked not to be named") reports no event.
     */
    static boolean generic(SentenceContext sc, TriggerMatch tm, String text) {
        List<String> before = sc.wordsBefore(text, tm.span().start(), 4);
        if (!before.isEmpty() && INCITING.contains(before.get(before.size() - 1))
                || ANONYMITY.matcher(text.substring(tm.span().start(), Math.min(text.length(), tm.span().end() + 30))).lookingAt()) {
            return true; // "inciting unrest"; "who asked not to be named" asks nobody anything
        }
        for (int i = 0; i + 1 < before.size(); i++) {
            if ((before.get(i).equals("right") || before.get(i).equals("rights"))
                    && (before.get(i + 1).equals("to") || before.get(i + 1).equals("of"))) {
                return true;
            }
        }
        return false;
    }

    /** Actors of the mention: the speaker of a statement, else the compatible actors before the trigger. */
    static List<Actor> actors(SentenceContext sc, TriggerMatch tm) {
        List<ActorMention> before = sc.actors().stream().filter(a -> a.span().end() <= tm.span().start()).toList();
        if (tm.trigger().statement()) {
            return before.stream().filter(a -> a.id().startsWith("person:")).findFirst()
                    .or(() -> before.stream().filter(a -> !CROWD_ROLES.contains(a.role())).findFirst())
                    .map(a -> List.of(actor(a))).orElse(List.of());
        }
        Set<String> roles = tm.trigger().type() == PloverType.PROTEST ? CROWD_ROLES : FORCE_ROLES;
        List<Actor> out = new ArrayList<>();
        List<ActorMention> agents = tm.trigger().type() != PloverType.PROTEST && sc.passiveAt(tm) ? sc.byAgents(tm) : before;
        for (ActorMention a : agents) {
            if (roles.contains(a.role()) && out.stream().noneMatch(x -> x.name().equalsIgnoreCase(a.name()))) {
                out.add(actor(a));
            }
        }
        return out;
    }

    static List<Actor> recipients(SentenceContext sc, TriggerMatch tm) {
        if (tm.trigger().statement() || tm.trigger().type() == PloverType.PROTEST) {
            return List.of();
        }
        boolean passive = sc.passiveAt(tm);
        return sc.actors().stream()
                .filter(a -> (a.span().start() >= tm.span().end() || passive) && (CROWD_ROLES.contains(a.role()) || a.id().startsWith("person:")))
                .limit(2).map(MentionFactory::actor).toList();
    }

    /** The act is the crowd's: the nearest actor before the trigger, or the agent of a passive, is the crowd. */
    static boolean byCrowd(SentenceContext sc, TriggerMatch tm) {
        if (sc.passiveAt(tm)) { // "police were attacked by protesters"; "protesters were attacked" is no riot
            return sc.byAgents(tm).stream().anyMatch(a -> CROWD_ROLES.contains(a.role()));
        }
        ActorMention nearest = null;
        for (ActorMention a : sc.actors()) {
            if (a.span().end() <= tm.span().start()) {
                nearest = a;
            }
        }
        return nearest != null && CROWD_ROLES.contains(nearest.role());
    }

    static Actor actor(ActorMention a) {
        return new Actor(a.name(), a.id(), a.role());
    }

    static boolean isPlaceless(Place p) {
        return p == null || p.precision() == PlacePrecision.UNKNOWN;
    }
}
