package org.vigil.mention;

import java.util.List;
import java.util.Set;
import org.vigil.model.DateRange;
import org.vigil.time.TimeMention;

/**
 * When a triggered mention stands: the date its sentence gives it ("since Monday", "a day after ..."), whether a
 * statement is dated only by what it is about, and whether the act is framed as history or told as not done yet.
 */
final class MentionTime {
    private static final Set<String> FUTURE = Set.of("will", "shall", "plan", "plans", "planned", "planning",
            "intend", "intends", "upcoming", "coming", "next", "expected", "'ll", "would");
    /** Verbs that announce an act not done yet when "to" follows: "vowed to block", "threatened to strike". */
    private static final Set<String> INTENT = Set.of("vow", "vows", "vowed", "vowing", "threaten", "threatens", "threatened",
            "threatening", "pledge", "pledges", "pledged", "promise", "promises", "promised", "urge", "urges", "urged");

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

    private static final java.util.Map<String, Integer> DAYS_BACK = java.util.Map.of("a", 1, "one", 1, "the", 1,
            "two", 2, "three", 3, "four", 4, "five", 5);

    /** Words that frame what is near them as history: "over the last four decades", "since 1979", "years ago". */
    private static final java.util.regex.Pattern PAST_FRAME = java.util.regex.Pattern.compile(
            "(?i)\\b(?:(?:over|during|in|for|throughout) the (?:last|past) (?:\\w+ )?(?:decades?|years|centuries)"
            + "|since (?:19|20)\\d\\d|anniversary of|(?:years|decades) ago|in the (?:19|20)\\d0s)\\b");
    private static final int FRAME_REACH = 40;

    /** "arrested in connection with the bombing", "charged over the killing": the act is the case's, told before. */
    private static final java.util.regex.Pattern CASE_OF = java.util.regex.Pattern.compile(
            "(?i)\\b(?:in connection with|suspected (?:of|in)|accused of|charged (?:with|over|in)|question(?:ed|ing) (?:about|over|in)"
            + "|role in|responsible for|convicted (?:of|over|for)|blamed for|trial (?:for|over)"
            + "|(?:arrested|detained|jailed|sentenced|indicted|extradited|wanted) (?:for|over))\\b[^,;:.]{0,50}$");

    /** Whether the trigger names the act an arrest, a charge or a trial is about, an act told as already done. */
    static boolean referredByCase(SentenceContext sc, TriggerMatch tm, String text) {
        int from = Math.max(sc.sentence().span().start(), tm.span().start() - 120);
        return CASE_OF.matcher(text.substring(from, tm.span().start())).find();
    }

    /**
     * Whether the sentence frames the act as history: a date told as past ("in 1988") or framing words ("decades
     * ago") near the trigger, unless a date told as news stands nearer to it ("the men who launched the revolution
     * decades ago were honoured at a rally on Saturday": the rally is Saturday's).
     */
    static boolean pastFramed(SentenceContext sc, TriggerMatch tm) {
        int news = sc.times().stream().filter(t -> !t.pastFramed()).mapToInt(t -> gap(t.span(), tm.span())).min()
                .orElse(Integer.MAX_VALUE);
        if (sc.times().stream().anyMatch(t -> t.pastFramed() && gap(t.span(), tm.span()) < news)) {
            return true;
        }
        java.util.regex.Matcher m = PAST_FRAME.matcher(sc.sentence().text());
        int base = sc.sentence().span().start();
        while (m.find()) {
            org.vigil.model.Span frame = new org.vigil.model.Span(base + m.start(), base + m.end());
            if (gap(frame, tm.span()) <= FRAME_REACH && gap(frame, tm.span()) < news) {
                return true;
            }
        }
        return false;
    }

    /** Characters between two spans (0 when they touch or overlap). */
    private static int gap(org.vigil.model.Span a, org.vigil.model.Span b) {
        return Math.max(0, Math.max(a.start() - b.end(), b.start() - a.end()));
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

    private MentionTime() {
    }
}
