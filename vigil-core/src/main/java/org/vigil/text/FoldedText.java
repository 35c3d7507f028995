package org.vigil.text;

import org.vigil.model.Span;

/**
 * A stretch of text folded for matching ({@link PersianFolding}), with the way back: {@code origin[i]} is the offset in
 * the original text of the folded character {@code i}, so whatever is found in the folded text is reported at the
 * offsets of the text shown and stored.
 *
 * @param text   the folded characters
 * @param origin for each folded character, its offset in the original text
 * @param end    the offset in the original text where the folded stretch ends
 */
public record FoldedText(String text, int[] origin, int end) {

    /** The span of the original text that the folded characters {@code [from, to)} came from. */
    public Span original(int from, int to) {
        int s = from < origin.length ? origin[from] : end;
        int e = to <= 0 ? s : to <= origin.length ? origin[to - 1] + 1 : end;
        return new Span(s, Math.max(s, e));
    }

    /** The offset in the original text of the folded offset {@code i} (a start). */
    public int originalStart(int i) {
        return i < origin.length ? origin[i] : end;
    }
}
