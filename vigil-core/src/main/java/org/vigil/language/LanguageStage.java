package org.vigil.language;

import java.util.Set;
import org.vigil.assembly.Keys;
import org.vigil.pipeline.AnnotatedDocument;
import org.vigil.pipeline.Key;
import org.vigil.pipeline.Stage;

/**
 * Marks the document with the language of its clean text ({@link LanguageDetector}). The stages after it read
 * events and figures only in the languages Vigil reads ({@link Languages#READ}), each with its own rules; a
 * document in another language is stored, marked with its language, and gets no events.
 */
public final class LanguageStage implements Stage {
    private final LanguageDetector detector;

    public LanguageStage() {
        this(Languages.detector());
    }

    public LanguageStage(LanguageDetector detector) {
        this.detector = detector;
    }

    @Override
    public String name() {
        return "language";
    }

    @Override
    public Set<Key<?>> requires() {
        return Set.of(Keys.CLEAN_TEXT);
    }

    @Override
    public Set<Key<?>> provides() {
        return Set.of(Keys.LANGUAGE);
    }

    @Override
    public void process(AnnotatedDocument doc) {
        String code = detector.detect(doc.text());
        doc.setDocument(doc.document().withLanguage(code));
        doc.put(Keys.LANGUAGE, code);
    }
}
