package org.vigil.text;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.vigil.model.Span;
import org.vigil.pipeline.AnnotatedDocument;
import org.vigil.pipeline.Key;
import org.vigil.assembly.Keys;
import org.vigil.pipeline.Stage;

/**
 * Splits the clean text into sentences and tokens. Line breaks are hard boundaries (news pages put headlines,
 * captions and paragraphs on lines of their own); inside a line the JDK's sentence BreakIterator decides, and the
 * Arabic question mark and full stop end a sentence too (Persian, Arabic).
 */
public final class SentenceStage implements Stage {

    @Override
    public String name() {
        return "sentences";
    }

    @Override
    public Set<Key<?>> requires() {
        return Set.of(Keys.CLEAN_TEXT);
    }

    @Override
    public Set<Key<?>> provides() {
        return Set.of(Keys.SENTENCES);
    }

    @Override
    public void process(AnnotatedDocument doc) {
        doc.put(Keys.SENTENCES, split(doc.text()));
    }

    /**
     * The most tokens a sentence holds: a longer run (a list, a table flattened into one line, hostile input) is cut
     * into pieces of this many tokens, so that the stages' work per sentence, some of it quadratic in its length,
     * stays bounded. Real news sentences are far shorter (the longest in the labelled real news: about 150).
     */
    public static final int MAX_TOKENS = 200;

    /** Sentences of the text, in order, with their tokens. */
    public static List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        BreakIterator it = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.length() : nl;
            splitLine(text, lineStart, lineEnd, it, out);
            if (nl < 0) {
                break;
            }
            lineStart = nl + 1;
        }
        return out;
    }

    private static void add(String text, int s, int e, List<Sentence> out) {
        List<org.vigil.model.Span> tokens = Tokens.spans(text, s, e);
        for (int i = 0; i < tokens.size(); i += MAX_TOKENS) {
            List<org.vigil.model.Span> piece = tokens.subList(i, Math.min(tokens.size(), i + MAX_TOKENS));
            int ps = i == 0 ? s : piece.get(0).start();
            int pe = i + MAX_TOKENS >= tokens.size() ? e : piece.get(piece.size() - 1).end();
            out.add(new Sentence(out.size(), new org.vigil.model.Span(ps, pe), text.substring(ps, pe), piece));
        }
        if (tokens.isEmpty()) {
            out.add(new Sentence(out.size(), new org.vigil.model.Span(s, e), text.substring(s, e), tokens));
        }
    }

    private static void splitLine(String text, int from, int to, BreakIterator it, List<Sentence> out) {
        if (text.substring(from, to).isBlank()) {
            return;
        }
        it.setText(text.substring(from, to));
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            int s = from + start;
            int e = from + end;
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                addAtArabicStops(text, s, e, out);
            }
        }
    }

    /**
     * The JDK's sentence rules do not end a sentence at the Arabic question mark (؟) or full stop (۔): a sentence
     * ends after either when a space follows.
     */
    private static void addAtArabicStops(String text, int s, int e, List<Sentence> out) {
        int start = s;
        for (int i = s; i < e - 1; i++) {
            char c = text.charAt(i);
            if ((c == '\u061F' || c == '\u06D4') && Character.isWhitespace(text.charAt(i + 1))) {
                add(text, start, i + 1, out);
                start = i + 1;
                while (start < e && Character.isWhitespace(text.charAt(start))) {
                    start++;
                }
            }
        }
        if (start < e) {
            add(text, start, e, out);
        }
    }

}
