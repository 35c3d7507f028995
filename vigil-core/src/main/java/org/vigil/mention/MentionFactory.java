package org.vigil.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.vigil.actor.ActorMention;
import org.vigil.geo.Toponym;
import org.vigil.model.Actor;
import org.vigil.model.Place;
import org.vigil.model.PlacePrecision;
import org.vigil.model.PloverType;

/** The rules that give a triggered mention its place, actors, recipients and flags from its sentence and document. */
final class MentionFactory {
    private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "outside", "across", "throughout", "inside", "around");
    private static final Set<String> NEGATORS = Set.of("not", "no", "never", "without", "neither", "nor");
    private static final Set<String> FORCE_ROLES = Set.of("state-forces", "government", "armed-group");
    private static final Set<String> CROWD_ROLES = Set.of("protesters", "labour", "civilians", "opposition");
    /** Who can be on the receiving end of a battle: the sub-type then is a clash, not an attack on civilians. */
    private static final Set<String> ARMED_ROLES = Set.of("state-forces", "armed-group");

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

    private static final java.util.regex.Pattern ANONYMITY = java.util.regex.Pattern.compile(
            "(?i)ask(?:ed|s|ing)? not to be (?:named|identified)|request(?:ed|s|ing)? anonymity");
    private static final Set<String> INCITING = Set.of("inciting", "incite", "incited", "incitement", "instigating", "fomenting");

    static boolean negated(SentenceContext sc, TriggerMatch tm, String text) {
        return sc.wordsBefore(text, tm.span().start(), 3).stream().anyMatch(w -> NEGATORS.contains(w) || w.endsWith("n't"));
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
        List<ActorMention> agents = passive ? sc.byAgents(tm) : List.of();
        return sc.actors().stream()
                .filter(a -> (a.span().start() >= tm.span().end() || passive) && !agents.contains(a)
                        && (CROWD_ROLES.contains(a.role()) || ARMED_ROLES.contains(a.role()) || a.id().startsWith("person:")))
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
