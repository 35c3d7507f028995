package org.vigil.text;

import java.util.Set;
import org.vigil.model.Document;
import org.vigil.pipeline.AnnotatedDocument;
import org.vigil.pipeline.Key;
import org.vigil.assembly.Keys;
import org.vigil.pipeline.Stage;

/**
 * Makes the document's clean text from its raw text (or from the main text an HTML extractor already put in
 * {@code cleanText}) by removing page furniture at line level.
 */
public final class CleanTextStage implements Stage {
    private final TextCleaner cleaner = new TextCleaner();

    @Override
    public String name() {
        return "clean-text";
    }

    @Override
    public Set<Key<?>> requires() {
        return Set.of();
    }

    @Override
    public Set<Key<?>> provides() {
        return Set.of(Keys.CLEAN_TEXT);
    }

    @Override
    public void process(AnnotatedDocument doc) {
        Document d = doc.document();
        String source = d.cleanText() != null ? d.cleanText() : d.rawText();
        String clean = cleaner.clean(source);
        String title = d.title() != null ? d.title() : TextCleaner.title(clean);
        doc.setDocument(d.withClean(clean, title));
        doc.put(Keys.CLEAN_TEXT, Boolean.TRUE);
    }
}
