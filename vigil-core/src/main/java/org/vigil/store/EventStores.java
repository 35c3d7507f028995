package org.vigil.store;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Opens the store a {@code --db} value names: a file path or {@code sqlite:PATH} is the embedded SQLite store. The
 * one place that maps a store address to an implementation, so a server store is added here and nowhere else.
 */
public final class EventStores {
    private EventStores() {
    }

    /** @throws StoreException for an address of a kind this build has no store for */
    public static EventStore open(String address) {
        String a = address.trim();
        String lower = a.toLowerCase(Locale.ROOT);
        if (lower.startsWith("sqlite:")) {
            return new SqliteEventStore(Path.of(a.substring("sqlite:".length())));
        }
        if (lower.matches("^[a-z][a-z0-9+.-]*://.*")) {
            throw new StoreException("no store for '" + a + "': this build stores in SQLite (a file path or sqlite:PATH)", null);
        }
        return new SqliteEventStore(Path.of(a));
    }
}
