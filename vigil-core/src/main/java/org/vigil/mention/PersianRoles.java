package org.vigil.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.vigil.actor.ActorMention;
import org.vigil.model.Actor;
import org.vigil.model.PloverType;
import org.vigil.model.Span;
import org.vigil.text.PersianFolding;

/**
 * Actors and recipients of a Persian mention. Persian puts the verb last (subject, object, verb), so the English rule
 * "recipients after the trigger" does not carry over; the words around each actor tell its part instead:
 * <ul>
 * <li>recipient: an actor marked as the object, followed by را (a chain "X و Y را" marks both), or after
 * به سوی / به سمت / به طرف / علیه / بر ضد / به / با ("به سوی معترضان شلیک کردند"), or standing just after a nominal
 * trigger ("سرکوب معترضان"); in a passive ("بازداشت شدند", "کشته شدند") the subject before the trigger;</li>
 * <li>agent: in a passive, the actor after توسط / از سوی / از طرف / از جانب / به دست; else the actors of a compatible
 * role before the trigger that are not recipients nor a source ("به گفته استاندار", "به نقل از ...");</li>
 * <li>a protest's actors: the crowd before the trigger, in it ("معترضان" is both) or just after it ("تجمع کارگران").</li>
 * </ul>
 * A statement's speaker is found as in English ({@link MentionFactory#actors}). The English switch of an attack by
 * a crowd to a riot is not made here.
 */
final class PersianRoles {
    private static final Set<String> FORCE_ROLES = Set.of("state-forces", "government", "armed-group");
    private static final Set<String> CROWD_ROLES = Set.of("protesters", "labour", "civilians", "opposition");
    private static final Set<String> TARGET_ROLES = Set.of("protesters", "labour", "civilians", "opposition",
            "state-forces", "armed-group");
    private static final Set<String> MARK_ONE = fold("علیه", "به", "با", "برعلیه");
    private static final Set<String> MARK_TWO = fold("به سوی", "به سمت", "به طرف", "بر ضد", "بر علیه");
    private static final Set<String> AGENT_ONE = fold("توسط");
    private static final Set<String> AGENT_TWO = fold("از سوی", "از طرف", "از جانب", "به دست");
    private static final Set<String> SOURCE_ONE = fold("گفته", "از");
    /** Between an actor and the trigger, a word of speech or a colon makes the actor the teller ("استاندار گفت ..."). */
    private static final Pattern SPEECH_BETWEEN = Pattern.compile(PersianFolding.pattern(
            "(?:^|[\\s:])(?:گفت|گفته|افزود|اعلام|تاکید|اظهار|مدعی|ادعا)|:"), Pattern.UNICODE_CHARACTER_CLASS);
    private static final String OBJECT = PersianFolding.fold("را");
    private static final String AND = PersianFolding.fold("و");
    /** A passive after the trigger: "بازداشت شدند", "کشته و زخمی شدند", "دستگیر گردیدند". */
    private static final Pattern PASSIVE = Pattern.compile(PersianFolding.pattern(
            "^\\s*(?:[^\\s.,;:!?]+\\s+){0,2}?(?:شد|شدند|شده|شدهاند|شدهاست|گردید|گردیدند|میشوند|میشدند)(?![\\p{L}\\p{M}])"),
            Pattern.UNICODE_CHARACTER_CLASS);

    private PersianRoles() {
    }

    static List<Actor> actors(SentenceContext sc, TriggerMatch tm, String text) {
        if (tm.trigger().statement()) {
            return MentionFactory.actors(sc, tm);
        }
        List<ActorMention> chosen;
        if (tm.trigger().type() == PloverType.PROTEST) {
            chosen = sc.actors().stream().filter(a -> CROWD_ROLES.contains(a.role())
                    && (a.span().start() < tm.span().end() || justAfter(sc, tm, a, text))).toList();
        } else if (passive(tm, text)) {
            chosen = sc.actors().stream().filter(a -> a.span().end() <= tm.span().start() && agent(sc, a, text)).toList();
        } else {
            List<ActorMention> marked = marked(sc, text);
            chosen = sc.actors().stream().filter(a -> a.span().end() <= tm.span().start() && FORCE_ROLES.contains(a.role())
                    && !marked.contains(a) && !source(sc, tm, a, text)).toList();
        }
        return distinct(chosen);
    }

    static List<Actor> recipients(SentenceContext sc, TriggerMatch tm, String text) {
        if (tm.trigger().statement() || tm.trigger().type() == PloverType.PROTEST) {
            return List.of();
        }
        List<ActorMention> chosen;
        if (passive(tm, text)) {
            chosen = sc.actors().stream().filter(a -> a.span().end() <= tm.span().start() && !agent(sc, a, text)).toList();
        } else {
            List<ActorMention> marked = marked(sc, text);
            chosen = sc.actors().stream().filter(a -> marked.contains(a) || justAfter(sc, tm, a, text)).toList();
        }
        return distinct(chosen.stream().filter(a -> TARGET_ROLES.contains(a.role()) || a.id().startsWith("person:"))
                .limit(2).toList());
    }

    static boolean passive(TriggerMatch tm, String text) {
        int end = tm.span().end();
        return PASSIVE.matcher(PersianFolding.fold(text, end, Math.min(text.length(), end + 40)).text()).find();
    }

    /** The actors marked as the object or the target: "X را", "X و Y را", "به سوی X", "علیه X". */
    private static List<ActorMention> marked(SentenceContext sc, String text) {
        List<ActorMention> actors = sc.actors();
        List<ActorMention> out = new ArrayList<>();
        boolean chainedToObject = false;
        for (int k = actors.size() - 1; k >= 0; k--) {
            ActorMention a = actors.get(k);
            List<String> after = wordsAfter(sc, a.span(), text, 1);
            boolean object = !after.isEmpty() && (after.get(0).equals(OBJECT) || chainedToObject && after.get(0).equals(AND));
            if (object || markedBefore(sc, a, text, MARK_ONE, MARK_TWO)) {
                out.add(a);
            }
            chainedToObject = object;
        }
        return out;
    }

    private static boolean agent(SentenceContext sc, ActorMention a, String text) {
        return markedBefore(sc, a, text, AGENT_ONE, AGENT_TWO);
    }

    /**
     * "به گفته استاندار", "به نقل از خبرگزاری", "استاندار گفت ... جان باختند", "استاندار فارس: ...": a source, not a doer
     * (but "از سوی" names an agent).
     */
    private static boolean source(SentenceContext sc, TriggerMatch tm, ActorMention a, String text) {
        boolean tells = SPEECH_BETWEEN.matcher(PersianFolding.fold(text, a.span().end(), tm.span().start()).text()).find();
        return tells || markedBefore(sc, a, text, SOURCE_ONE, Set.of()) && !agent(sc, a, text);
    }

    private static boolean markedBefore(SentenceContext sc, ActorMention a, String text, Set<String> one, Set<String> two) {
        List<String> before = sc.wordsBefore(text, a.span().start(), 2).stream().map(PersianFolding::fold).toList();
        int n = before.size();
        return n >= 1 && one.contains(before.get(n - 1)) || n >= 2 && two.contains(before.get(n - 2) + " " + before.get(n - 1));
    }

    /** The actor begins at the word after the trigger, or after it and one "و" chain: "تجمع کارگران و بازنشستگان". */
    private static boolean justAfter(SentenceContext sc, TriggerMatch tm, ActorMention a, String text) {
        int next = sc.tokenIndex(tm.span().end());
        List<Span> toks = sc.sentence().tokens();
        if (next >= toks.size()) {
            return false;
        }
        if (toks.get(next).start() == a.span().start()) {
            return true;
        }
        for (ActorMention b : sc.actors()) { // the actor right after the trigger, then "و", then a
            if (b.span().start() == toks.get(next).start()) {
                List<String> after = wordsAfter(sc, b.span(), text, 1);
                int i = sc.tokenIndex(b.span().end());
                return !after.isEmpty() && after.get(0).equals(AND) && i + 1 < toks.size()
                        && toks.get(i + 1).start() == a.span().start();
            }
        }
        return false;
    }

    private static List<String> wordsAfter(SentenceContext sc, Span span, String text, int n) {
        List<Span> toks = sc.sentence().tokens();
        List<String> out = new ArrayList<>();
        for (int k = sc.tokenIndex(span.end()); k < toks.size() && out.size() < n; k++) {
            out.add(PersianFolding.fold(text.substring(toks.get(k).start(), toks.get(k).end())));
        }
        return out;
    }

    private static List<Actor> distinct(List<ActorMention> chosen) {
        List<Actor> out = new ArrayList<>();
        for (ActorMention a : chosen) {
            if (out.stream().noneMatch(x -> x.id().equals(a.id()) && x.name().equals(a.name()))) {
                out.add(MentionFactory.actor(a));
            }
        }
        return out;
    }

    private static Set<String> fold(String... words) {
        return java.util.Arrays.stream(words).map(PersianFolding::fold).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }
}
