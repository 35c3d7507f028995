package org.vigil.pipeline;

/** A typed slot of an {@link AnnotatedDocument}: what a stage requires or provides. */
public record Key<T>(String name, Class<? super T> type) {
    @Override
    public String toString() {
        return name;
    }
}
