package org.vigil.text;

import java.util.List;
import org.vigil.model.Span;

/** A sentence of the clean text, with its tokens (spans into the same text). */
public record Sentence(int index, Span span, String text, List<Span> tokens) {
    public Sentence {
        tokens = List.copyOf(tokens);
    }
}
