package org.vigil.pipeline;

import java.util.Set;

/**
 * One per-document step of the pipeline. A stage declares the annotations it requires and those it provides;
 * {@link Pipeline} checks the order when it is built. A stage is a pure function of the document: it keeps no
 * state between documents, so one instance serves every thread.
 */
public interface Stage {
    /** Short name for reports and errors. */
    String name();

    /** Annotations that must be present before this stage runs. */
    Set<Key<?>> requires();

    /** Annotations this stage adds. */
    Set<Key<?>> provides();

    /** Annotates the document in place. */
    void process(AnnotatedDocument doc) throws StageException;
}
