package org.vigil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class OverlapTest {
    /** A resource that records that it was closed and on which thread it was made. */
    static final class Resource implements AutoCloseable {
        final AtomicBoolean closed = new AtomicBoolean();
        final Thread madeOn = Thread.currentThread();

        @Override
        public void close() {
            closed.set(true);
        }
    }

    @Test
    void theResourceIsMadeOnASecondThreadWhileTheWorkIsDone() {
        Overlap<Resource> o = Overlap.start("test-open", Resource::new);
        assertEquals("done", o.whileDoing(() -> "done"));
        Resource r = o.result();
        assertNotEquals(Thread.currentThread(), r.madeOn);
        assertEquals("test-open", r.madeOn.getName());
        assertTrue(!r.closed.get());
    }

    @Test
    void failedWorkClosesTheResourceAndThrowsItsOwnException() {
        AtomicReference<Resource> made = new AtomicReference<>();
        Overlap<Resource> o = Overlap.start("test-open", () -> {
            Resource r = new Resource();
            made.set(r);
            return r;
        });
        IllegalStateException boom = new IllegalStateException("gazetteer image x: truncated");
        assertSame(boom, assertThrows(IllegalStateException.class, () -> o.whileDoing(() -> {
            throw boom;
        })));
        assertTrue(made.get().closed.get());
    }

    @Test
    void aResourceThatCannotBeMadeThrowsWhatItsMakingThrew() {
        IllegalArgumentException cannot = new IllegalArgumentException("store x.db: cannot open");
        Overlap<Resource> o = Overlap.start("test-open", () -> {
            throw cannot;
        });
        assertEquals(1, o.whileDoing(() -> 1));
        assertSame(cannot, assertThrows(IllegalArgumentException.class, o::result));
    }
}
