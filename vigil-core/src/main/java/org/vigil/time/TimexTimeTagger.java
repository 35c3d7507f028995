package org.vigil.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The pipeline's {@link TimeTagger} on top of the TimeML tagger: every DATE or TIME the calendar fixes becomes
 * a {@link TimeMention} of whole days with its precision (day, week, month, year); durations, sets, PAST_REF and
 * the like, decades and centuries, and anything without an anchor (X values) date no event and are left out.
 * Ranges of days written around a tagged day ("May 17-19", "from 3 to 5 June") become one mention of the range.
 */
public final class TimexTimeTagger implements TimeTagger {
    private static final Pattern PAST_BEFORE = Pattern.compile("(?i)(?:\\bsince|\\banniversary of|\\bin)\\s+(?:the\\s+)?$");
    private static final Pattern PAST_AFTER = Pattern.compile("(?i)^(?:'s|’s|\\s+(?:massacre|uprising|revolution|coup|war|elections?|protests|crackdown)\\b)");
    private static final int REACH = 24;
    private final TimeExpressionTagger tagger;

    public TimexTimeTagger() {
        this(new TimeMLTagger());
    }

    public TimexTimeTagger(TimeExpressionTagger tagger) {
        this.tagger = tagger;
    }

    @Override
    public List<TimeMention> tag(String text, LocalDate anchor, Integer anchorYear) {
        List<TimeMention> out = new ArrayList<>();
        List<Timex> timexes = tagger.tag(text, anchor);
        for (int i = 0; i < timexes.size(); i++) {
            Timex t = timexes.get(i);
            if (t.point() == null || t.type() == TimexType.DURATION || t.type() == TimexType.SET
                    || t.point().grain() == Grain.DECADE || t.point().grain() == Grain.CENTURY
                    || DayRanges.overlaps(out, t.span().start())) {
                continue;
            }
            TimeMention range = i + 1 < timexes.size() ? DayRanges.joined(text, t, timexes.get(i + 1)) : null;
            range = range != null ? range : DayRanges.around(text, t);
            boolean past = pastFramed(text, t);
            out.add(range != null ? new TimeMention(range.span(), range.text(), range.range(), past)
                    : new TimeMention(t.span(), t.text(), t.point().range(t.text()), past));
        }
        return out;
    }

    /** "since 2011", "in 1988", "last year's uprising", "the 1988 massacre": the text frames the date as history. */
    private static boolean pastFramed(String text, Timex t) {
        int s = t.span().start();
        int e = t.span().end();
        boolean year = t.point().grain() == Grain.YEAR;
        String before = text.substring(Math.max(0, s - REACH), s);
        String after = text.substring(e, Math.min(text.length(), e + REACH));
        return PAST_BEFORE.matcher(before).find()
                && (year || before.toLowerCase(java.util.Locale.ROOT).contains("since") && coarse(t.point().grain()))
                || PAST_AFTER.matcher(after).find() && (year || possessive(after) && coarse(t.point().grain()));
    }

    /**
     * "Tuesday's unrest" and "killed since Monday" are this week's news; "1988's massacre", "since the 1980s" look
     * back on history.
     */
    private static boolean coarse(Grain g) {
        return g.compareTo(Grain.SEASON) >= 0;
    }

    private static boolean possessive(String after) {
        return after.startsWith("'") || after.startsWith("’");
    }
}
