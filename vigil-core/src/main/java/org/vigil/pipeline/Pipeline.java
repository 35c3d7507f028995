package org.vigil.pipeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** An ordered list of stages whose requirements were checked when it was built. */
public final class Pipeline {
    private final List<Stage> stages;

    private Pipeline(List<Stage> stages) {
        this.stages = List.copyOf(stages);
    }

    /**
     * Builds a pipeline, failing when a stage requires an annotation that no earlier stage provides.
     * @throws IllegalArgumentException naming the stage and the missing annotations
     */
    public static Pipeline of(List<Stage> stages) {
        Set<Key<?>> available = new HashSet<>();
        for (Stage s : stages) {
            Set<Key<?>> missing = new HashSet<>(s.requires());
            missing.removeAll(available);
            if (!missing.isEmpty()) {
                throw new IllegalArgumentException("stage '" + s.name() + "' requires " + missing
                        + " which no earlier stage provides");
            }
            available.addAll(s.provides());
        }
        return new Pipeline(stages);
    }

    public List<Stage> stages() {
        return stages;
    }

    /** Runs every stage on the document, in order. */
    public AnnotatedDocument run(AnnotatedDocument doc) throws StageException {
        for (Stage s : stages) {
            try {
                s.process(doc);
            } catch (StageException e) {
                throw e;
            } catch (RuntimeException e) {
                throw new StageException("stage '" + s.name() + "' failed: " + e, e);
            }
        }
        return doc;
    }

    public List<String> names() {
        List<String> n = new ArrayList<>();
        stages.forEach(s -> n.add(s.name()));
        return n;
    }
}
