package org.vigil.time;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.vigil.model.DateRange;
import org.vigil.model.Document;
import org.vigil.model.Precision;
import org.vigil.pipeline.AnnotatedDocument;
import org.vigil.pipeline.Key;
import org.vigil.assembly.Keys;
import org.vigil.pipeline.Stage;

/**
 * Dates a document and the time expressions in it. The publication date, when unknown, comes from a dateline
 * (day) or else a copyright year in the raw page (year). Relative expressions resolve against the publication
 * date when it is known to the day, else against the first full date the text states, else not at all.
 */
public final class DateStage implements Stage {
    private final TimeTagger tagger;

    public DateStage() {
        this(new TimexTimeTagger());
    }

    public DateStage(TimeTagger tagger) {
        this.tagger = tagger;
    }

    @Override
    public String name() {
        return "dates";
    }

    @Override
    public Set<Key<?>> requires() {
        return Set.of(Keys.SENTENCES);
    }

    @Override
    public Set<Key<?>> provides() {
        return Set.of(Keys.TIMES);
    }

    @Override
    public void process(AnnotatedDocument doc) {
        Document d = doc.document();
        String text = doc.text();
        PublicationDates.Dateline dateline = PublicationDates.dateline(text);
        if (d.published() == null) {
            DateRange p = dateline == null ? null : dateline.date();
            if (p == null) {
                p = PublicationDates.copyrightYear(d.rawText());
            }
            if (p != null) {
                d = d.withPublished(p);
                doc.setDocument(d);
            }
        }
        LocalDate anchor = d.published() != null && d.published().precision() == Precision.DAY ? d.published().start() : null;
        Integer year = d.published() != null ? d.published().start().getYear() : null;
        List<TimeMention> times;
        if (anchor == null && year == null) {
            // Tagged once unanchored: that is the answer unless the text states a full date to anchor on.
            List<TimeMention> plain = tagger.tag(text, null, null);
            anchor = plain.stream().filter(t -> t.range().precision() == Precision.DAY)
                    .map(t -> t.range().start()).findFirst().orElse(null);
            times = anchor == null ? plain : tagger.tag(text, anchor, null);
        } else {
            anchor = anchor != null ? anchor : tagger.firstFullDate(text);
            times = tagger.tag(text, anchor, year);
        }
        if (dateline != null) {
            // The dateline dates the report, not the events it tells of.
            times = times.stream().filter(t -> !t.span().overlaps(dateline.span())).toList();
        }
        doc.put(Keys.TIMES, times);
    }
}
