package org.vigil.store;

/**
 * The SQL databases the store runs on. A statement is read from {@code sql/<folder>/NAME.sql} when the dialect has
 * its own, else from {@code sql/common/NAME.sql}; migrations are in {@code db/migration/<folder>/}. The Java code of
 * the store is the same for all of them.
 */
enum SqlDialect {
    /** The embedded default: one file, FTS5 for full-text search. */
    SQLITE("sqlite"),
    /** The server store: tsvector with a GIN index for full-text search. */
    POSTGRESQL("postgresql");

    private final String folder;

    SqlDialect(String folder) {
        this.folder = folder;
    }

    String folder() {
        return folder;
    }

    /** Where this dialect's own version of a named statement would live on the class path. */
    String statement(String name) {
        return "sql/" + folder + "/" + name;
    }

    /** Where the statement every dialect shares lives. */
    static String common(String name) {
        return "sql/common/" + name;
    }

    /**
     * The isolation of a read that must come from one snapshot (a page of events and its total). SQLite's
     * transactions are snapshots already; PostgreSQL's default (read committed) gives each statement its own.
     */
    org.jdbi.v3.core.transaction.TransactionIsolationLevel snapshotReads() {
        return this == POSTGRESQL ? org.jdbi.v3.core.transaction.TransactionIsolationLevel.REPEATABLE_READ
                : org.jdbi.v3.core.transaction.TransactionIsolationLevel.UNKNOWN;
    }

    String migrations() {
        return "classpath:db/migration/" + folder;
    }

    /**
     * The bound value of a free-text filter: FTS5 gets each word as a quoted term (user text never reaches it as
     * query syntax); PostgreSQL's {@code plainto_tsquery} takes the words as they are.
     */
    String textQuery(String text) {
        return this == SQLITE ? EventFilterSql.ftsPhrase(text) : text.trim();
    }
}
