package org.vigil.time;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tense a sentence frames a time expression in, read from the tense cue nearest to it within a few words and
 * the same clause: "said Friday" is past, "will meet Friday" future; a present cue ("is", "payable") or no cue
 * is NONE. A cue after the expression counts only before the next comma ("began on 2 April, will resume").
 */
enum Tense {
    PAST, FUTURE, NONE;

    private static final Pattern CUE = Pattern.compile("(?i)(?<![\\p{L}'])(?:((?:will|'ll|shall|would)(?:\\s+not)?\\s+(?:be|have)(?:\\s+been)?\\s+\\p{L}+|will|won't|shall|'ll|going to|is to|are to"
            + "|plans? to|planned|planning|scheduled|expected to|expects? to|intends? to|due to|set to|upcoming|would)"
            + "|(\\p{L}{3,}ed|was|were|had|did|took|came|went|met|held|made|began|fell|rose|gave|left|won"
            + "|lost|sold|bought|paid|spoke|saw|ago|said|told|announced|reported)|(is|are|am|payable|effective|remains?|begins?|ends?|expires?))(?!\\p{L})");

    /** How far (characters) a cue may be from the expression, within its clause. */
    static final int REACH = 20;
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[;:()\"“”]|,\\s+(?:and|but|which|who|while|when|as)\\b");
    /** A cue after the expression counts only inside the same stretch between commas: "began on 2 April, will resume". */
    private static final Pattern AFTER_BREAK = Pattern.compile("[,;:()\"“”]");

    /** The tense of the cue nearest to [start, end) inside sentence [from, to) of text. */
    static Tense around(CharSequence text, int from, int to, int start, int end) {
        // only cues within REACH count; the margin lets a long cue ("will not be held") end inside it
        Matcher m = CUE.matcher(text).region(Math.max(from, start - REACH - 40), Math.min(to, end + REACH + 40));
        Tense best = NONE;
        int bestDistance = Integer.MAX_VALUE;
        while (m.find()) {
            if (m.start() < end && m.end() > start) {
                continue;
            }
            int d = m.end() <= start ? start - m.end() : m.start() - end;
            CharSequence between = m.end() <= start ? text.subSequence(m.end(), start) : text.subSequence(end, m.start());
            Pattern breaks = m.end() <= start ? CLAUSE_BREAK : AFTER_BREAK;
            if (d > REACH || breaks.matcher(between).find()) {
                continue;
            }
            if (d < bestDistance) {
                bestDistance = d;
                best = m.group(1) != null ? FUTURE : m.group(2) != null ? PAST : NONE;
            }
        }
        return best;
    }
}
