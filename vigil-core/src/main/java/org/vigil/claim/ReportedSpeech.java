package org.vigil.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.model.Span;

/**
 * Who says what a sentence reports, read off the surface of reported speech: the subject before a verb of saying
 * ("Amnesty International said", "hospital sources told Reuters", "the state-run agency reported"), the subject
 * after an inverted one (", said the ombudsman."), and nested attribution, where the innermost source is the
 * claimant ("quoted a police official as saying", "citing witnesses").
 */
final class ReportedSpeech {
    /** A source phrase and its span in the text. */
    record Source(String name, Span span) {
        /** "He said", "she told reporters": the speaker is a person named before. */
        boolean personalPronoun() {
            return name.equalsIgnoreCase("he") || name.equalsIgnoreCase("she");
        }
    }

    private static final Pattern VERB = Pattern.compile("(?i)\\b(said|says|say|told|tweeted|wrote|reported|reports|announced"
            + "|claimed|claims|stated|estimated|estimate|estimates|confirmed|added|counted|recorded|documented|posted|put|insisted"
            + "|disputed|countered|contested|indicated|suggested|suggesting)\\b");
    private static final Pattern NESTED = Pattern.compile(
            "(?i)\\b(?:quoted|quoting|cited|citing)\\s+(.{3,80}?)\\s+as\\s+say(?:ing)?\\b|\\b(?:citing|quoting)\\s+([^,.;:]{3,80})");
    /** ", said the ombudsman.", ",” said Maria Lopez, a spokeswoman for the union." (an apposition may follow). */
    private static final Pattern INVERTED = Pattern.compile(
            "(?i),[”\"’']?\\s*(?:said|says|according to)\\s+([^,.;:]{3,80})(?:,[^.;:]{2,80})?\\s*[.]?\\s*$");
    /** ", confirmed Interior Ministry spokesman Ivan Petrov, wounding three": an inverted speaker before a clause going on. */
    private static final Pattern INVERTED_MID = Pattern.compile(
            ",[”\"’']?\\s*(?i:said|says|confirmed|added|according to)\\s+((?=[^,.;:]*\\p{Lu})[^,.;:]{3,80}),\\s+(?=\\p{Ll}+ing\\b)");
    private static final Set<String> BOUNDARY = Set.of("but", "and", "that", "while", "whereas", "as", "when", "after",
            "before", "because", "though", "although", "which", "who");
    private static final Set<String> AUXILIARY = Set.of("have", "has", "had", "also", "later", "earlier", "previously",
            "on", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
    private static final Set<String> PASSIVE = Set.of("was", "were", "been", "being", "is", "are", "be");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i", "you", "this", "which", "who");
    private static final int MAX_WORDS = 10;
    /** Verbs of saying that are also nouns ("reports", "claims", "estimates"). */
    private static final Set<String> NOUN_FORMS = Set.of("reports", "claims", "estimates", "estimate");
    /**
     * "Unverified reports said", "Reports put the toll at ten", ", American reports claimed": nobody is named; the
     * figure is the claim of {@value #UNNAMED_REPORTS}, relayed by the outlet (as a denied report is, {@link Denial}).
     */
    private static final Pattern UNNAMED = Pattern.compile("(?:^|\\s)(?i:(?:some|other|several|many|unverified|unconfirmed|"
            + "preliminary|initial|early|earlier|first|latest|conflicting|media|press|local|news)\\s+|"
            + "\\p{Lu}\\p{Ll}+(?:an|ese|i|ish)\\s+)?(?i:reports?)$");
    static final String UNNAMED_REPORTS = "unnamed reports";
    /** "claimed at least 217 lives": a toll, not a speaker's claim. */
    private static final Pattern TOLL_AFTER = Pattern.compile("(?i)^\\s+(?:the\\s+)?(?:lives\\b|(?:[\\w,.-]+\\s+){1,4}(?:lives|victims)\\b)");

    private ReportedSpeech() {
    }

    /** The innermost source a nested attribution names before the figure, or null. */
    static Source nested(String text, Span sentence, Span figure) {
        Matcher m = NESTED.matcher(text).region(sentence.start(), figure.start());
        Source found = null;
        while (m.find()) {
            int g = m.group(1) != null ? 1 : 2;
            found = new Source(m.group(g).trim(), new Span(m.start(g), m.end(g)));
        }
        return found;
    }

    /** Every source of a verb of saying in the sentence, subject before the verb or after an inverted one. */
    static List<Source> sources(String text, Span sentence) {
        List<Source> out = new ArrayList<>();
        Matcher m = VERB.matcher(text).region(sentence.start(), sentence.end());
        while (m.find()) {
            if (NOUN_FORMS.contains(m.group(1).toLowerCase(Locale.ROOT)) && (sayingFollows(text, m.end(), sentence.end())
                    || NOUN_BEFORE.matcher(text.substring(Math.max(sentence.start(), m.start() - 20), m.start())).find())) {
                continue; // "Unverified reports said", "credible reports that": a noun, which says nothing
            }
            if (m.group(1).toLowerCase(Locale.ROOT).startsWith("claim") && TOLL_AFTER.matcher(text.substring(m.end(),
                    sentence.end())).find()) {
                continue;
            }
            Source s = subject(text, sentence.start(), m.start());
            if (s != null) {
                out.add(s);
            }
        }
        Matcher inv = INVERTED.matcher(text).region(sentence.start(), sentence.end());
        if (inv.find()) {
            out.add(new Source(inv.group(1).trim(), new Span(inv.start(1), inv.end(1))));
        }
        Matcher mid = INVERTED_MID.matcher(text).region(sentence.start(), sentence.end());
        while (mid.find()) {
            out.add(new Source(mid.group(1).trim(), new Span(mid.start(1), mid.end(1))));
        }
        return out;
    }

    /** The words before the verb back to a clause boundary; null for a passive ("were reported") or a pronoun. */
    private static Source subject(String text, int from, int verb) {
        List<int[]> words = new ArrayList<>();
        Matcher w = Pattern.compile("[\\p{L}\\p{N}'’.-]+|[,;:“”\"()]").matcher(text).region(from, verb);
        while (w.find()) {
            words.add(new int[] {w.start(), w.end()});
        }
        int end = words.size();
        while (end > 0 && AUXILIARY.contains(lower(text, words.get(end - 1)))) {
            end--;
        }
        end = beforeRelativeClause(text, words, end);
        if (end == 0 || PASSIVE.contains(lower(text, words.get(end - 1)))) {
            return null;
        }
        int start = end;
        while (start > 0 && end - start < MAX_WORDS) {
            String word = lower(text, words.get(start - 1));
            if (BOUNDARY.contains(word) || !Character.isLetterOrDigit(word.charAt(0)) || word.matches(".*\\d.*")
                    || VERB.matcher(word).matches() && !(start == end && NOUN_FORMS.contains(word))) {
                break; // "Police said the organisers insisted": the organisers insisted
            }
            start--;
        }
        if (start == end || end - start == MAX_WORDS && start > 0) {
            return null;
        }
        Span span = new Span(words.get(start)[0], words.get(end - 1)[1]);
        String name = text.substring(span.start(), span.end());
        Source source = new Source(name, span);
        if (UNNAMED.matcher(name).find()) {
            return new Source(UNNAMED_REPORTS, span);
        }
        return source.personalPronoun() || !PRONOUNS.contains(name.toLowerCase(Locale.ROOT)) ? source : null;
    }

    /**
     * "The committee, which is close to the movement, said", "Iran Human Rights, a group based in Oslo, said": the
     * subject stands before the relative clause or the apposition. Returns
     * the end of the words before the clause's opening comma, or {@code end} when no such clause closes there.
     */
    private static int beforeRelativeClause(String text, List<int[]> words, int end) {
        if (end < 3 || !lower(text, words.get(end - 1)).equals(",")) {
            return end;
        }
        for (int k = end - 2; k >= Math.max(1, end - 16); k--) {
            String w = lower(text, words.get(k));
            if (w.equals(",")) {
                String opener = lower(text, words.get(k + 1));
                return APPOSITION_OPENERS.contains(opener) ? k : end;
            }
        }
        return end;
    }

    /** Words that open a clause or an apposition between a subject and its verb ("Hengaw, a Kurdish rights group, said"). */
    private static final Set<String> APPOSITION_OPENERS = Set.of("which", "who", "a", "an", "the");

    /** True when the next word is a verb of saying: the word before it was a noun ("reports said"). */
    private static boolean sayingFollows(String text, int from, int to) {
        Matcher next = NEXT_WORD.matcher(text).region(from, to);
        return next.lookingAt() && VERB.matcher(next.group(1)).matches();
    }

    /** Words that make the next "reports" or "claims" a noun: "received credible reports", "media reports". */
    private static final Pattern NOUN_BEFORE = Pattern.compile("(?i)\\b(?:a|the|these|those|such|credible|unconfirmed|"
            + "unverified|media|news|local|initial|early|earlier|first|latest|conflicting|several|multiple|some|many|other|"
            + "further|official|press|wire|his|her|their|its)\\s+$");

    private static final Pattern NEXT_WORD = Pattern.compile("\\s+(\\p{L}+)");

    private static String lower(String text, int[] w) {
        return text.substring(w[0], w[1]).toLowerCase(Locale.ROOT);
    }
}
