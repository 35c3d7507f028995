package org.vigil.cli;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * One resource (an {@link AutoCloseable}, say a store) made on a second thread while this thread does other work:
 * the CLI opens the store while it loads the pipeline. Exceptions come out as the work threw them.
 */
final class Overlap<T extends AutoCloseable> {
    private final CompletableFuture<T> future;

    private Overlap(CompletableFuture<T> future) {
        this.future = future;
    }

    /** Starts making the resource on a new daemon thread (with this thread's context class loader). */
    static <T extends AutoCloseable> Overlap<T> start(String name, Supplier<T> make) {
        return new Overlap<>(CompletableFuture.supplyAsync(make, r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            t.start();
        }));
    }

    /** Does this work meanwhile; when it fails the resource is closed once made, and the work's exception thrown. */
    <W> W whileDoing(Supplier<W> work) {
        try {
            return work.get();
        } catch (RuntimeException | Error e) {
            try {
                result().close();
            } catch (Exception suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    /** The resource, once made; the exception its making threw, unwrapped. */
    T result() {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error x) {
                throw x;
            }
            throw e;
        }
    }
}
