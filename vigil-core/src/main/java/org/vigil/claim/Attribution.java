package org.vigil.claim;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.actor.ActorMention;
import org.vigil.model.Span;
import org.vigil.text.Sentence;

/**
 * Who claims a figure: the speaker of the quotation it stands in ("Pompeo tweeted, “... 3 deaths ...”"), the
 * source named by "according to", the subject of a verb of saying in its sentence ("the ministry said"), or,
 * when the text attributes it to nobody, the publisher itself.
 */
final class Attribution {
    private static final Set<String> CROWD = Set.of("protesters", "labour", "civilians");
    private static final Pattern ACCORDING = Pattern.compile("(?i)according to (?:the )?(?:(?:figures|data|a tally|a count|"
            + "statistics|numbers|estimates|a report|reports)\\s+(?:\\w+\\s+)?(?:by|from|of)\\s+(?:the\\s+)?)?([^,.;:“”\"]{3,80})");
    private static final Pattern SAYING = Pattern.compile(
            "(?i)^[\\s,]*(?:\\w+\\s+){0,3}?(said|says|say|told|tweeted|wrote|reported|reports|announced|claimed|claims|stated|estimated|estimates|confirmed|put|counted|recorded|documented|added)\\b");
    private static final Pattern CONTRAST = Pattern.compile("(?i)[,;]\\s*(?:while|but|whereas|although|though)\\b|;");
    private static final Pattern HEDGE = Pattern.compile("(?i)\\b(reportedly|allegedly|apparently|purportedly|unconfirmed|(?:was|were|is|are|been|being)\\s+reported|believed to|thought to|understood to|said to|feared to|may have|might have|could have|could be|may be|might be|unverified|possibly|probably)\\b");

    /** Hedges that may follow the figure ("ten wounded, possibly more"; "four were allegedly killed"). */
    private static final Pattern HEDGE_AFTER = Pattern.compile("(?i)\\b(reportedly|allegedly|possibly|perhaps|unconfirmed|believed to|thought to|understood to|feared to|feared dead|feared killed|may have|might have|could have|(?:was|were|been)\\s+reported|(?:could|can)\\s*not\\s+(?:be\\s+)?(?:independently\\s+)?(?:verif|confirm)\\w*|not\\s+(?:been\\s+)?independently\\s+(?:verified|confirmed))\\b");

    private Attribution() {
    }

    /** The claimant and how it was found, or null when the publisher states the figure itself. */
    static String claimant(String text, Sentence s, Span figure, List<ActorMention> actors) {
        String quoted = quoteSpeaker(text, s, figure, actors);
        if (quoted != null) {
            return quoted;
        }
        ReportedSpeech.Source inner = ReportedSpeech.nested(text, s.span(), figure);
        if (inner != null) {
            return named(inner, actors);
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        Matcher m = ACCORDING.matcher(s.text());
        while (m.find()) {
            int start = s.span().start() + m.start(1);
            int end = s.span().start() + m.end(1);
            ActorMention a = actorIn(actors, start, end);
            int dist = distance(start, end, figure);
            if (dist < bestDistance) {
                best = a != null ? a.name() : m.group(1).trim();
                bestDistance = dist;
            }
        }
        for (ReportedSpeech.Source src : ReportedSpeech.sources(text, s.span())) {
            int dist = cost(text, src.span(), figure);
            String name = src.personalPronoun() ? antecedent(src.span(), actors) : named(src, actors);
            if (name != null && !src.span().overlaps(figure) && dist < bestDistance) {
                best = name;
                bestDistance = dist;
            }
        }
        for (ActorMention a : actors) {
            if (s.span().contains(a.span()) && !CROWD.contains(a.role())
                    && SAYING.matcher(text.substring(a.span().end(), s.span().end())).find()
                    && cost(text, a.span(), figure) < bestDistance) {
                best = a.name();
                bestDistance = cost(text, a.span(), figure);
            }
        }
        return best;
    }

    /** The person "he" or "she" stands for: the last one named shortly before, or null. */
    private static String antecedent(Span pronoun, List<ActorMention> actors) {
        ActorMention last = null;
        for (ActorMention a : actors) {
            if (a.id().startsWith("person:") && a.span().end() <= pronoun.start() && pronoun.start() - a.span().end() <= ANTECEDENT_REACH) {
                last = a;
            }
        }
        return last == null ? null : last.name();
    }

    /** How far back (characters) "he" or "she" may refer: about two sentences. */
    private static final int ANTECEDENT_REACH = 400;

    /** A person named inside the source phrase, else the lexicon's name of an actor in it, else the phrase as written. */
    private static String named(ReportedSpeech.Source src, List<ActorMention> actors) {
        ActorMention person = null;
        for (ActorMention a : actors) {
            if (a.id().startsWith("person:") && src.span().contains(a.span())) {
                person = a; // "Police spokesman John Otieno told": John Otieno
            }
        }
        ActorMention a = person != null ? person : actorIn(actors, src.span().start(), src.span().end());
        return a != null && !CROWD.contains(a.role()) ? a.name() : src.name();
    }

    /** How far a source stands from the figure, counting a contrast between them as very far. */
    private static int cost(String text, Span source, Span figure) {
        return distance(source.start(), source.end(), figure) + acrossContrast(text, source, figure);
    }

    /**
     * A source in another clause of a contrast ("Organisers put the crowd at 80,000, while police estimated
     * 25,000") claims the other figure: it only wins when no source shares the figure's clause.
     */
    private static int acrossContrast(String text, Span source, Span figure) {
        int from = Math.min(source.end(), figure.end());
        int to = Math.max(source.start(), figure.start());
        return from < to && CONTRAST.matcher(text.substring(from, to)).find() ? 10_000 : 0;
    }

    private static int distance(int start, int end, Span figure) {
        return end <= figure.start() ? figure.start() - end : Math.max(0, start - figure.end());
    }

    /** The speaker of the quotation that holds the figure, named before its opening mark on the same line. */
    private static String quoteSpeaker(String text, Sentence s, Span figure, List<ActorMention> actors) {
        int lineStart = text.lastIndexOf('\n', figure.start()) + 1;
        int open = -1;
        for (int i = figure.start() - 1; i >= lineStart; i--) {
            char c = text.charAt(i);
            if (c == '”') {
                return null;
            }
            if (c == '“') {
                open = i;
                break;
            }
        }
        if (open < 0) {
            return null;
        }
        ActorMention speaker = null;
        for (ActorMention a : actors) {
            if (a.span().start() >= lineStart && a.span().end() <= open && !CROWD.contains(a.role())) {
                speaker = a;
            }
        }
        return speaker == null ? null : speaker.name();
    }

    private static ActorMention actorIn(List<ActorMention> actors, int start, int end) {
        for (ActorMention a : actors) {
            if (a.span().start() >= start && a.span().end() <= end) {
                return a;
            }
        }
        return null;
    }

    /** A hedge word in the sentence before the figure ("reportedly", "allegedly"), or null. */
    static String hedge(String text, Sentence s, Span figure) {
        String before = text.substring(s.span().start(), figure.start());
        Matcher m = HEDGE.matcher(before);
        String found = null;
        while (m.find()) {
            found = m.group(1).toLowerCase(java.util.Locale.ROOT);
        }
        if (found == null) {
            Matcher after = HEDGE_AFTER.matcher(text).region(figure.end(), s.span().end());
            found = after.find() ? after.group(1).toLowerCase(java.util.Locale.ROOT) : null;
        }
        return found;
    }
}
