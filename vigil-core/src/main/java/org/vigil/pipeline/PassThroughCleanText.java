package org.vigil.pipeline;

import java.util.Set;

/** Placeholder clean-text stage: takes the raw text as it is. Replaced by the real cleaner. */
final class PassThroughCleanText implements Stage {
    public String name() {
        return "clean-text";
    }

    public Set<Key<?>> requires() {
        return Set.of();
    }

    public Set<Key<?>> provides() {
        return Set.of(Keys.CLEAN_TEXT);
    }

    public void process(AnnotatedDocument doc) {
        if (doc.document().cleanText() == null) {
            doc.setDocument(doc.document().withClean(doc.document().rawText(), doc.document().title()));
        }
        doc.put(Keys.CLEAN_TEXT, Boolean.TRUE);
    }
}
