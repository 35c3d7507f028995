package org.vigil.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.vigil.model.Span;

/**
 * The TimeML tagger: extents from the rules of {@link DateRules}, {@link PeriodRules}, {@link RelativeRules}
 * and {@link DurationRules}, and for Persian and Iranian-calendar dates {@link HijriDateRules} and
 * {@link PersianRelativeRules}, normalised in text order so that each calendar date becomes the date in focus for
 * the anaphoric expressions after it; the tense of the sentence picks the year of dates without one.
 */
public final class TimeMLTagger implements TimeExpressionTagger {
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"'”’)]*\\s+(?=[\\p{Lu}\"'“‘(\\d])|\\n\\s*\\n");
    private final ExtentFinder finder = new ExtentFinder(Stream.of(DateRules.rules(), PeriodRules.rules(),
            RelativeRules.rules(), DurationRules.rules(), HijriDateRules.rules(), PersianRelativeRules.rules())
            .flatMap(List::stream).toList());

    @Override
    public List<Timex> tag(String text, LocalDate dct) {
        List<ExtentFinder.Extent> extents = finder.find(text, dct);
        int[] starts = sentenceStarts(text);
        List<Timex> out = new ArrayList<>();
        TimePoint focus = null;
        for (ExtentFinder.Extent e : extents) {
            int s = sentenceOf(starts, e.start());
            int to = s + 1 < starts.length ? starts[s + 1] : text.length();
            Tense tense = Tense.around(text, starts[s], to, e.start(), e.end());
            Matcher m = e.matcher(text);
            Resolution r = e.rule().normaliser().resolve(m, new Anchoring(dct, focus, tense));
            if (r == null) {
                continue;
            }
            out.add(new Timex(new Span(e.start(), e.end()), text.substring(e.start(), e.end()), r.type(), r.value(), r.mod(), r.point()));
            if (r.type() == TimexType.DATE && r.point() != null) {
                focus = r.point();
            }
        }
        return out;
    }

    private static int[] sentenceStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        Matcher m = SENTENCE_END.matcher(text);
        while (m.find()) {
            starts.add(m.end());
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int sentenceOf(int[] starts, int pos) {
        int lo = 0;
        int hi = starts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (starts[mid] <= pos) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }
}
