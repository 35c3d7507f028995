package org.vigil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.store.EventStores;
import org.vigil.store.StoreException;
import org.vigil.store.TestStores;

/**
 * The server store against the embedded one: the same reports give the same record byte for byte, and a
 * PostgreSQL address that cannot be opened is a clear error that never shows its password. Runs in the
 * PostgreSQL pass of the build (VIGIL_TEST_POSTGRES).
 */
class PostgresStoreTest {
    @TempDir
    Path tmp;

    @Test
    void theSameReportsGiveTheSameExportInSqliteAndPostgresql() throws Exception {
        String pg = TestStores.newPostgresDatabase();
        String file = tmp.resolve("v.db").toString();
        for (String db : new String[] {pg, file}) {
            Cli ingest = Cli.run("ingest", "--db", db, Path.of("..", "demo", "kazerun").toString());
            assertEquals(0, ingest.exit(), ingest.err());
        }
        for (String format : new String[] {"jsonl", "csv"}) {
            Path a = tmp.resolve("pg." + format);
            Path b = tmp.resolve("file." + format);
            assertEquals(0, Cli.run("export", "--db", pg, "--format", format, "--out", a.toString()).exit());
            assertEquals(0, Cli.run("export", "--db", file, "--format", format, "--out", b.toString()).exit());
            assertTrue(Files.size(a) > 1000, "an export with events");
            assertEquals(Files.readString(b), Files.readString(a), format + " export of the two stores");
        }
    }

    @Test
    void anAddressThatCannotBeOpenedIsAClearErrorWithoutItsPassword() {
        StoreException noServer = assertThrows(StoreException.class,
                () -> EventStores.open("postgresql://127.0.0.1:1/vigil?user=vigil&password=s3cret"));
        assertTrue(noServer.getMessage().startsWith("cannot open store postgresql://127.0.0.1:1/vigil: "), noServer.getMessage());
        assertFalse(noServer.getMessage().contains("s3cret"), noServer.getMessage());
        StoreException noDatabase = assertThrows(StoreException.class, () -> EventStores.open("postgresql://127.0.0.1"));
        assertTrue(noDatabase.getMessage().contains("names no host and database"), noDatabase.getMessage());
        Cli cli = Cli.run("events", "--db", "postgresql://127.0.0.1:1/vigil?password=s3cret");
        assertEquals(1, cli.exit());
        assertTrue(cli.err().contains("cannot open store") && !cli.err().contains("s3cret"), cli.err());
    }
}
