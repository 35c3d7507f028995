package org.vigil.store;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Opens the store a {@code --db} value names, the one place that maps a store address to an implementation:
 * <ul>
 *   <li>a file path or {@code sqlite:PATH}: the embedded SQLite store (one file, WAL mode);</li>
 *   <li>{@code postgresql://HOST[:PORT]/DATABASE[?user=U&password=P]} (or {@code jdbc:postgresql://...}): a
 *       PostgreSQL 15+ database, migrated on open like the file.</li>
 * </ul>
 */
public final class EventStores {
    private EventStores() {
    }

    /** @throws StoreException for an address of a kind this build has no store for, or a store that cannot open */
    public static EventStore open(String address) {
        String a = address.trim();
        String lower = a.toLowerCase(Locale.ROOT);
        if (lower.startsWith("sqlite:")) {
            return sqlite(Path.of(a.substring("sqlite:".length())));
        }
        if (lower.startsWith("postgresql://") || lower.startsWith("postgres://") || lower.startsWith("jdbc:postgresql://")) {
            return postgresql(a);
        }
        if (lower.matches("^[a-z][a-z0-9+.-]*://.*")) {
            throw new StoreException("no store for '" + a + "': use a file path, sqlite:PATH or postgresql://HOST/DATABASE", null);
        }
        return sqlite(Path.of(a));
    }

    /** The embedded store in one SQLite file (created when missing; its folder must exist). */
    public static EventStore sqlite(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new StoreException("cannot open store " + file + ": the folder " + parent + " does not exist", null);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.enforceForeignKeys(true);
        // WAL with synchronous=NORMAL: a commit survives a crash of the process, not a power cut; far faster.
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(10_000);
        SQLiteDataSource ds = new SQLiteDataSource(config);
        ds.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        SqlEventStore store = new SqlEventStore(ds, SqlDialect.SQLITE, file.toString());
        Long maxPages = Long.getLong("vigil.store.maxPages");
        if (maxPages != null) { // a cap on the file's size (pages of 4 KiB): how the tests make the disk full
            store.execute("PRAGMA max_page_count = " + maxPages);
        }
        return store;
    }

    /** A PostgreSQL database; the address's user and password, if any, come from its query. */
    public static EventStore postgresql(String address) {
        String url = address.trim().replaceFirst("^(?i)jdbc:", "").replaceFirst("^(?i)postgres(ql)?://", "postgresql://");
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new StoreException("cannot open store: '" + address + "' is not a postgresql://HOST/DATABASE address", e);
        }
        if (uri.getHost() == null || uri.getPath() == null || uri.getPath().length() < 2) {
            throw new StoreException("cannot open store: '" + address + "' names no host and database (postgresql://HOST/DATABASE)", null);
        }
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl("jdbc:" + url);
        ds.setApplicationName("vigil");
        ds.setConnectTimeout(10);
        return new SqlEventStore(ds, SqlDialect.POSTGRESQL, redacted(uri));
    }

    /** The address as messages show it: never the password. */
    private static String redacted(URI uri) {
        return "postgresql://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "") + uri.getPath();
    }
}
