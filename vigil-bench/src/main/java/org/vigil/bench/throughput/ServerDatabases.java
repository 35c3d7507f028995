package org.vigil.bench.throughput;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** New, empty databases on a PostgreSQL server for measured runs, dropped after each. */
final class ServerDatabases {
    private ServerDatabases() {
    }

    /** Creates the database (dropping one of that name first) and returns its address. */
    static String create(String server, String name) {
        run(server, "DROP DATABASE IF EXISTS " + name);
        run(server, "CREATE DATABASE " + name);
        return server.replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
    }

    static void drop(String server, String address) {
        String name = address.replaceFirst("^[^/]*//[^/]+/", "").replaceFirst("\\?.*$", "");
        run(server, "DROP DATABASE IF EXISTS " + name);
    }

    private static void run(String server, String sql) {
        try (Connection c = DriverManager.getConnection("jdbc:" + server.replaceFirst("^jdbc:", "")); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run '" + sql + "' on " + server + ": " + e.getMessage(), e);
        }
    }
}
