package org.vigil.text;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.vigil.model.Span;
import org.vigil.pipeline.AnnotatedDocument;
import org.vigil.pipeline.Key;
import org.vigil.pipeline.Keys;
import org.vigil.pipeline.Stage;

/**
 * Splits the clean text into sentences and tokens. Line breaks are hard boundaries (news pages put headlines,
 * captions and paragraphs on lines of their own); inside a line the JDK's sentence BreakIterator decides.
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
                out.add(new Sentence(out.size(), new Span(s, e), text.substring(s, e), Tokens.spans(text, s, e)));
            }
        }
    }

}
