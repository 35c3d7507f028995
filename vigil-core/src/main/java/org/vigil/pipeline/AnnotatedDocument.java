package org.vigil.pipeline;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.vigil.model.Document;

/**
 * A document travelling through the per-document stages: the document itself (whose clean text a stage may
 * replace) and the annotations the stages have provided so far, by {@link Key}.
 * Not thread-safe: one document is processed by one thread.
 */
public final class AnnotatedDocument {
    private Document document;
    private final Map<Key<?>, Object> annotations = new HashMap<>();

    public AnnotatedDocument(Document document) {
        this.document = Objects.requireNonNull(document);
    }

    public Document document() {
        return document;
    }

    public void setDocument(Document d) {
        this.document = Objects.requireNonNull(d);
    }

    /** The clean text when a stage has made it, else the raw text. */
    public String text() {
        return document.cleanText() != null ? document.cleanText() : document.rawText();
    }

    public <T> void put(Key<T> key, T value) {
        annotations.put(key, Objects.requireNonNull(value, key.name()));
    }

    @SuppressWarnings("unchecked")
    public <T> T get(Key<T> key) {
        Object v = annotations.get(key);
        if (v == null) {
            throw new IllegalStateException("annotation " + key + " not provided yet");
        }
        return (T) v;
    }

    public boolean has(Key<?> key) {
        return annotations.containsKey(key);
    }
}
