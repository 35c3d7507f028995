package org.vigil.claim;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.model.Span;
import org.vigil.text.FoldedText;
import org.vigil.text.PersianFolding;

/**
 * Who a Persian sentence says a figure comes from, read on its folded text: "به نقل از X" (X quoted by whoever
 * reports it: X is the claimant, the reporter relays), "به گفته X", "به گزارش X", "بنا بر اعلام X" (according to X),
 * a headline's "X: ..." and the subject before a verb of saying ("X اعلام کرد", "X گفت", "X گزارش داد", "X تأیید کرد", "X نوشت"), which runs
 * from the clause's start to the first word that is no longer part of a name (a time, "در", "که", "را", ...). A
 * pronoun or "این سازمان" is returned as written: the reader resolves it ({@link #anaphoric}).
 */
final class PersianSpeech {
    /** A claimant and who relays it (null: the outlet), as spans of the folded sentence. */
    record Source(Span claimant, Span via) {
    }

    private static final int F = Pattern.UNICODE_CHARACTER_CLASS;
    private static final Pattern RELAY = Pattern.compile(PersianFolding.pattern("(?<![\\p{L}])به نقل از\\s+([^,;.:]{2,80})"), F);
    private static final Pattern ACCORDING = Pattern.compile(PersianFolding.pattern(
            "(?<![\\p{L}])(?:به گفته ی|به گفته|به گزارش|بنا بر گزارش|بنابر گزارش|بنا بر اعلام|بنابر اعلام|به اعلام)\\s+([^,;.:]{2,80})"), F);
    /** A headline or lead in the form "X: ..." (a short name, then a colon): X says the rest. */
    private static final Pattern HEADLINE = Pattern.compile("^([^:,;.]{2,40}):\\s", F);
    private static final Pattern SAYING = Pattern.compile(PersianFolding.pattern(
            "(?<![\\p{L}])(?:اعلام کرد|اعلام کرده|اعلام کردند|گفت|گفته است|گفتند|گزارش داد|گزارش دادند|گزارش کرده|تایید کرد|تأیید کرد"
            + "|تایید کردند|افزود|نوشت|نوشته است|مدعی شد|اعلام داشت|تاکید کرد|تأکید کرد|خاطرنشان کرد)(?![\\p{L}])"), F);
    private static final Pattern BOUNDARY = Pattern.compile(PersianFolding.pattern(
            "[,;:]|(?<![\\p{L}])(?:اما|ولی|و|که)(?![\\p{L}])"), F);
    private static final Pattern WORD = Pattern.compile("\\S+", F);
    /** Words that end a name: times, prepositions, conjunctions, the object marker, counts. */
    private static final java.util.Set<String> STOP = new java.util.HashSet<>(java.util.Arrays.asList(PersianFolding.pattern(
            "روز امروز دیروز امشب دیشب شب صبح عصر ظهر بامداد در با طی نیز هم که را شمار تعداد آمار روزهای پیشتر سپس اما ولی"
            + " همچنین به از پس پیش گزارش اعلام گفت گفته نوشت افزود تایید تأیید مدعی").split(" ")));
    private static final java.util.Set<String> PRONOUN = new java.util.HashSet<>(java.util.Arrays.asList(PersianFolding.pattern("او وی آنها ایشان آنان").split(" ")));

    private PersianSpeech() {
    }

    /** The source of the figure at {@code figureStart} in the folded sentence, or null when the outlet says it itself. */
    static Source source(FoldedText sentence, int figureStart) {
        String t = sentence.text();
        Span speaker = subjectOfSaying(t, figureStart);
        Matcher relay = RELAY.matcher(t);
        if (relay.find()) {
            return new Source(name(t, relay.start(1), relay.end(1)), speaker);
        }
        Matcher acc = ACCORDING.matcher(t);
        Span according = null;
        while (acc.find()) {
            if (according == null || acc.start() < figureStart) {
                according = name(t, acc.start(1), acc.end(1));
            }
        }
        if (according != null) {
            return new Source(according, null);
        }
        Matcher headline = HEADLINE.matcher(t);
        if (speaker == null && headline.find() && headline.end() <= figureStart) {
            speaker = name(t, headline.start(1), headline.end(1));
        }
        return speaker == null ? null : new Source(speaker, null);
    }

    /** The subject of the verb of saying nearest before the figure (else the first after it), or null. */
    private static Span subjectOfSaying(String t, int figureStart) {
        Matcher m = SAYING.matcher(t);
        Span best = null;
        while (m.find()) {
            Span s = name(t, clauseStart(t, m.start()), m.start());
            if (s == null) {
                continue;
            }
            if (best == null || m.start() < figureStart) {
                best = s;
            }
            if (m.start() >= figureStart) {
                break;
            }
        }
        return best;
    }

    /**
     * True for a name that points back to one named before: a pronoun ("او", "وی") or a demonstrative ("این سازمان",
     * "این نهاد"), given folded.
     */
    static boolean anaphoric(String folded) {
        return PRONOUN.contains(folded) || folded.startsWith(PersianFolding.fold("این ")) || folded.startsWith(PersianFolding.fold("همین "));
    }

    /** Where the clause holding {@code at} starts: after punctuation or a conjunction ("اما", "ولی", "و", "که"). */
    private static int clauseStart(String t, int at) {
        int start = 0;
        Matcher b = BOUNDARY.matcher(t).region(0, at);
        while (b.find()) {
            start = b.end();
        }
        return start;
    }

    /** The words from {@code from} up to the first stop-word or digit, or null when there are none (or a pronoun). */
    private static Span name(String t, int from, int to) {
        Matcher w = WORD.matcher(t).region(from, to);
        int start = -1;
        int end = -1;
        int words = 0;
        while (w.find() && words < 8) {
            String word = w.group();
            if (start < 0 && word.equals(PersianFolding.fold("و"))) {
                continue;
            }
            if (STOP.contains(word) || Character.isDigit(word.charAt(0))) {
                break;
            }
            start = start < 0 ? w.start() : start;
            end = w.end();
            words++;
        }
        if (start < 0) {
            return null;
        }
        return new Span(start, end);
    }
}
