package org.vigil.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * Fresh stores for tests, of the kind the run asks for: SQLite files by default, or new PostgreSQL databases when
 * the system property {@code vigil.test.store} is {@code postgresql} (the second Surefire run of the store, review
 * and API tests). The server is the one {@code VIGIL_TEST_POSTGRES} names ({@code tools/test-postgres.sh start}
 * prints it); under CI a missing server fails the tests, elsewhere it skips them.
 */
public final class TestStores {
    private TestStores() {
    }

    /** True when this run's stores are PostgreSQL databases. */
    public static boolean postgres() {
        return "postgresql".equals(System.getProperty("vigil.test.store", "sqlite"));
    }

    /** The address of a fresh, empty store ({@code --db} value): a file in {@code dir}, or a new database. */
    public static String address(Path dir, String name) {
        return postgres() ? newPostgresDatabase() : dir.resolve(name + ".db").toString();
    }

    /** A fresh, empty store. */
    public static EventStore open(Path dir, String name) {
        return EventStores.open(address(dir, name));
    }

    /** The JDBC URL of a store address (for tests that reach under the store, as an attacker with the file would). */
    public static String jdbcUrl(String address) {
        return address.startsWith("postgresql:") ? "jdbc:" + address : "jdbc:sqlite:" + Path.of(address).toAbsolutePath();
    }

    /** A new, empty PostgreSQL database on the test server; its address. */
    public static String newPostgresDatabase() {
        String server = System.getenv("VIGIL_TEST_POSTGRES");
        if (server == null || server.isBlank()) {
            String why = "no PostgreSQL test server: start one with tools/test-postgres.sh start and export VIGIL_TEST_POSTGRES";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(why);
            }
            Assumptions.abort(why);
        }
        String name = "vigil_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        try (Connection c = DriverManager.getConnection("jdbc:" + server); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test database on " + server + ": " + e.getMessage(), e);
        }
        return server.replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
    }
}
