package org.vigil.actor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.model.Span;
import org.vigil.text.FoldedText;
import org.vigil.text.NonOverlapping;
import org.vigil.text.PersianFolding;

/**
 * The Persian actor lexicon ({@code actor/actors-fa.tsv}, the rows of {@code actors.tsv}), matched on the
 * Persian-folded text ({@link PersianFolding}) and reported at the offsets of the original text. Each entry is one
 * pattern: its aliases, longest first, as whole words; a space of an alias matches a space, a ZWNJ or nothing; the
 * plural ها / های / هایی may follow. Of overlapping matches the longest is kept.
 */
public final class PersianActorLexicon {
    private static final String WORD_START = "(?<![\\p{L}\\p{M}\\p{N}])";
    private static final String PLURAL_AND_WORD_END = "(?:\\s?(?:ها|های|هایی))?(?![\\p{L}\\p{M}\\p{N}])";

    private record Compiled(LexiconEntry entry, Pattern pattern) {
    }

    private final List<Compiled> entries = new ArrayList<>();

    private PersianActorLexicon() {
    }

    /** Loads the lexicon at a class-path resource; a malformed row fails with the file and line named. */
    public static PersianActorLexicon load(String resource) {
        PersianActorLexicon lex = new PersianActorLexicon();
        for (org.vigil.util.ResourceRows.Row row : org.vigil.util.ResourceRows.read(resource)) {
            lex.add(row.fields(), resource, row.line());
        }
        return lex;
    }

    private void add(String[] f, String resource, int line) {
        if (f.length != 4 || f[3].isBlank()) {
            throw new IllegalArgumentException(resource + " line " + line
                    + ": 4 tab-separated columns (id, role, name, aliases) expected, found " + f.length);
        }
        LexiconEntry e = new LexiconEntry(f[0], f[1], f[2], Arrays.asList(f[3].split("\\|")));
        List<String> alternatives = e.aliases().stream().map(PersianActorLexicon::aliasPattern)
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        Pattern p = Pattern.compile(WORD_START + "(?:" + String.join("|", alternatives) + ")" + PLURAL_AND_WORD_END,
                Pattern.UNICODE_CHARACTER_CLASS);
        entries.add(new Compiled(e, p));
    }

    /** The folded alias, its letters quoted, each space free to be a space or nothing (the ZWNJ is folded out). */
    private static String aliasPattern(String alias) {
        List<String> words = Arrays.stream(PersianFolding.fold(alias.strip()).split("\\s+")).map(Pattern::quote).toList();
        return String.join("\\s?", words);
    }

    /** The entries, in file order. */
    public List<LexiconEntry> entries() {
        return entries.stream().map(Compiled::entry).toList();
    }

    /** Matches in {@code text[from, to)}, left to right, not overlapping (the longest wins), at original offsets. */
    public List<ActorLexicon.Match> find(String text, int from, int to) {
        FoldedText folded = PersianFolding.fold(text, from, to);
        List<ActorLexicon.Match> all = new ArrayList<>();
        for (Compiled c : entries) {
            Matcher m = c.pattern().matcher(folded.text());
            while (m.find()) {
                all.add(new ActorLexicon.Match(folded.original(m.start(), m.end()), c.entry()));
            }
        }
        Comparator<ActorLexicon.Match> longest = Comparator.comparingInt((ActorLexicon.Match m) -> -m.span().length())
                .thenComparingInt(m -> m.span().start());
        return NonOverlapping.keep(all, longest, m -> m.span().start(), m -> m.span().end());
    }

    /** Shorthand for a whole span. */
    public List<ActorLexicon.Match> find(String text, Span span) {
        return find(text, span.start(), span.end());
    }
}
