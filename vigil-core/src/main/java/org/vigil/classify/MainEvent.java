package org.vigil.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.vigil.model.Mention;
import org.vigil.model.PloverType;

/**
 * Orders a text's mentions the way an event coder reads a sentence: what the text reports first (news, then
 * historical references, then what is announced for the future), negated mentions never; within each, the main
 * clause before circumstances ("amid protests", "after talks"). The main mention's type is then read from its
 * wording (intent, threat, refusal); a complement ("agreed to cooperate") never outranks the verb that governs it,
 * which comes first in reading order.
 */
final class MainEvent {
    private static final Pattern CIRCUMSTANCE = Pattern.compile(
            "(?i)\\b(?:amid|after|following|despite|during|since|before|ahead of|in response to|in protest at|over)"
                    + "\\s+(?:(?:the|a|an|its|their|his|her|last|recent|weeks|days|months|of|new|mass|\\w+'s)\\s+){0,3}$");
    /** A trigger governed by an earlier verb: "to cooperate", "to hold talks", "to stop the fighting". */
    private static final Pattern COMPLEMENT = Pattern.compile(
            "(?i)\\b(?:to|that|would|will|could|might)\\s+(?:\\w+\\s+){0,2}$");

    private static final java.util.Set<PloverType> COOPERATIVE = java.util.EnumSet.of(PloverType.AGREE,
            PloverType.CONSULT, PloverType.SUPPORT, PloverType.CONCEDE, PloverType.COOPERATE, PloverType.AID,
            PloverType.RETREAT, PloverType.MOBILIZE);

    private static final java.util.Set<PloverType> INTENT = java.util.EnumSet.of(PloverType.CONSULT,
            PloverType.COOPERATE, PloverType.AID, PloverType.CONCEDE, PloverType.RETREAT);

    private static final java.util.Set<PloverType> HOSTILE = java.util.EnumSet.of(PloverType.COERCE,
            PloverType.ASSAULT, PloverType.SANCTION);
    /** "to", "would", "will" just before the trigger (up to two words between): what is meant, not yet done. */
    private static final Pattern INTENDED = Pattern.compile(
            "(?i)\\b(?:(\\w+)\\s+to|would|will|shall|could|might|'ll)\\s+(?:\\w+\\s+){0,2}$");
    /** Verbs before "to" that tell of an act done, not intended ("began to withdraw", "forced to retreat"). */
    private static final java.util.Set<String> DONE = java.util.Set.of("began", "begun", "started", "continued",
            "forced", "had", "have", "has", "helped", "managed", "used", "went", "came", "order", "ordered", "close",
            "due", "going", "back", "return", "returned", "up", "led", "down", "in", "near", "access", "refused",
            "failed", "way", "troops", "forces", "aid");

    /** "to end the fighting", "to stop attacks": the object is ending the act, not the act. */
    private static final Pattern ENDED = Pattern.compile(
            "(?i)\\b(?:end|stop|halt|cease|prevent|avoid|curb|reduce|ending|stopping)\\s+(?:the\\s+|all\\s+|further\\s+)?$");

    private MainEvent() {
    }

    /** The mentions of what the text reports, preferred first. */
    static List<Mention> ordered(String text, List<Mention> mentions) {
        List<Mention> news = new ArrayList<>();
        List<Mention> past = new ArrayList<>();
        List<Mention> future = new ArrayList<>();
        for (Mention m : mentions) {
            if (!m.negated()) {
                (m.future() ? future : m.historical() ? past : news).add(m);
            }
        }
        news.addAll(past);
        news.addAll(future);
        return mainFirst(text, news);
    }

    /**
     * The type an event coder gives the main mention, from the wording around its trigger: an act of cooperation,
     * meeting, aid or yielding announced or intended ("will visit", "decided to withdraw", "ready to send aid") is
     * an expressed intent to cooperate, AGREE (CAMEO 03); a coercive or violent act announced ("will impose sanctions",
     * "vowed to attack": CAMEO 13, declare intent to take negative action) is THREATEN, and so is an intent
     * (AGREE) whose object is such an act.
     */
    static String typeOf(String text, Mention m, List<Mention> mentions) {
        boolean intended = m.future() || intended(text, m);
        if (intended && HOSTILE.contains(m.type())) {
            return PloverType.THREATEN.name();
        }
        if (m.type() == PloverType.AGREE) {
            int at = at(text, m);
            boolean hostileObject = mentions.stream().anyMatch(x -> !x.negated() && HOSTILE.contains(x.type())
                    && at(text, x) > at && at(text, x) - at < 60 && intended(text, x)
                    && !ENDED.matcher(before(text, x, 20)).find());
            return hostileObject ? PloverType.THREATEN.name() : PloverType.AGREE.name();
        }
        return intended && INTENT.contains(m.type()) ? PloverType.AGREE.name() : m.type().name();
    }

    private static boolean intended(String text, Mention m) {
        java.util.regex.Matcher c = INTENDED.matcher(before(text, m, 40));
        return at(text, m) > m.sentence().start() && c.find() && (c.group(1) == null || !DONE.contains(c.group(1)));
    }

    /**
     * The main type: REJECT when the text opens on a cooperative act not done ("did not accept the offer to
     * hold talks"), else the first ordered mention's {@link #typeOf}, else {@link #refused}; null for none.
     */
    static String mainType(String text, List<Mention> mentions) {
        List<Mention> ordered = ordered(text, mentions);
        Mention first = mentions.stream().min(java.util.Comparator.comparingInt(m -> at(text, m))).orElse(null);
        if (first != null && first.negated() && COOPERATIVE.contains(first.type())) {
            return PloverType.REJECT.name();
        }
        return ordered.isEmpty() ? refused(mentions) : typeOf(text, ordered.get(0), mentions);
    }

    /**
     * REJECT for a text that tells only of a cooperative act not done ("did not accept the offer", "will not
     * release them": PLOVER's refusal to agree, yield or help), else null.
     */
    static String refused(List<Mention> mentions) {
        boolean cooperative = mentions.stream().anyMatch(m -> m.negated() && COOPERATIVE.contains(m.type()));
        return cooperative ? PloverType.REJECT.name() : null;
    }

    private static List<Mention> mainFirst(String text, List<Mention> told) {
        List<Mention> main = new ArrayList<>();
        List<Mention> circumstance = new ArrayList<>();
        for (Mention m : told) {
            (circumstance(text, m) ? circumstance : main).add(m);
        }
        main.addAll(circumstance);
        return main;
    }

    /** Where the mention's trigger starts in the text, or -1. */
    /** A circumstance of the main event ("after the row over a rally", "amid protests"), not the event itself. */
    static boolean circumstance(String text, Mention m) {
        return at(text, m) >= 0 && CIRCUMSTANCE.matcher(before(text, m, 40)).find();
    }

    static int at(String text, Mention m) {
        return text.indexOf(m.trigger(), m.sentence().start());
    }

    /** Up to n characters of the sentence before the trigger. */
    static String before(String text, Mention m, int n) {
        int at = Math.max(m.sentence().start(), at(text, m));
        return text.substring(Math.max(m.sentence().start(), at - n), at);
    }

    /** Whether the trigger is the object of an earlier verb ("agreed to cooperate", "said it would attack"). */
    static boolean complement(String text, Mention m) {
        return at(text, m) > m.sentence().start() && COMPLEMENT.matcher(before(text, m, 30)).find();
    }
}
