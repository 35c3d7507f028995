package org.vigil.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PipelineTest {
    private static final Key<String> A = new Key<>("a", String.class);
    private static final Key<String> B = new Key<>("b", String.class);

    private static Stage stage(String name, Set<Key<?>> req, Set<Key<?>> prov) {
        return new Stage() {
            public String name() { return name; }
            public Set<Key<?>> requires() { return req; }
            public Set<Key<?>> provides() { return prov; }
            public void process(AnnotatedDocument doc) { }
        };
    }

    @Test
    void rejectsStageWhoseRequirementComesLater() {
        Stage first = stage("first", Set.of(B), Set.of(A));
        Stage second = stage("second", Set.of(), Set.of(B));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Pipeline.of(List.of(first, second)));
        assertTrue(e.getMessage().contains("first"), e.getMessage());
    }

    @Test
    void acceptsWellOrderedStages() {
        Pipeline p = Pipeline.of(List.of(stage("x", Set.of(), Set.of(A)), stage("y", Set.of(A), Set.of(B))));
        assertEquals(List.of("x", "y"), p.names());
    }
}
