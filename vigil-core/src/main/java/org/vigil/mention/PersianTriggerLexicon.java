package org.vigil.mention;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.model.PloverType;
import org.vigil.text.FoldedText;
import org.vigil.text.NonOverlapping;
import org.vigil.text.PersianFolding;

/**
 * The Persian trigger lexicon ({@code mention/triggers-fa.tsv}, the columns of {@code triggers.tsv}). Patterns and
 * text are folded alike ({@link PersianFolding}); a pattern matches from the start of a word and runs on to the end
 * of the word it ends in (plural, ezafe and verb suffixes); of overlapping matches the longest is kept. Spans are
 * offsets of the original text.
 */
final class PersianTriggerLexicon {
    /** A match starts where no letter or digit stands before it. */
    private static final String WORD_START = "(?<![\\p{L}\\p{M}\\p{N}])";
    private final List<Trigger> triggers = new ArrayList<>();

    static PersianTriggerLexicon load(String resource) {
        PersianTriggerLexicon lex = new PersianTriggerLexicon();
        for (org.vigil.util.ResourceRows.Row row : org.vigil.util.ResourceRows.read(resource)) {
            lex.add(row.fields(), resource, row.line());
        }
        return lex;
    }

    private void add(String[] f, String resource, int line) {
        if (f.length != 4) {
            throw new IllegalArgumentException(resource + " line " + line + ": 4 tab-separated columns expected, found " + f.length);
        }
        List<String> modes = f[2].equals("-") ? List.of() : Arrays.asList(f[2].split(","));
        Pattern p = Pattern.compile(WORD_START + PersianFolding.pattern(f[0]) + "[\\p{L}\\p{M}]*",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
        triggers.add(new Trigger(p, PloverType.valueOf(f[1]), modes, f[3].equals("statement")));
    }

    /** Triggers in {@code text[from, to)}, left to right, none overlapping (the longest wins). */
    List<TriggerMatch> find(String text, int from, int to) {
        FoldedText folded = PersianFolding.fold(text, from, to);
        List<TriggerMatch> all = new ArrayList<>();
        for (Trigger t : triggers) {
            Matcher m = t.pattern().matcher(folded.text());
            while (m.find()) {
                all.add(new TriggerMatch(folded.original(m.start(), m.end()), t));
            }
        }
        Comparator<TriggerMatch> longest = Comparator.comparingInt((TriggerMatch tm) -> -tm.span().length())
                .thenComparingInt(tm -> tm.span().start()).thenComparingInt(tm -> triggers.indexOf(tm.trigger()));
        return NonOverlapping.keep(all, longest, tm -> tm.span().start(), tm -> tm.span().end());
    }
}
