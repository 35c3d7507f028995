package org.vigil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestCommandTest {
    private static final String LAGOS = "LAGOS, October 20, 2020 - Soldiers opened fire on protesters at the Lekki toll gate "
            + "in Lagos on Tuesday night, killing at least 12 people, according to Amnesty International.\n\n"
            + "The army denied that its soldiers were at the scene. Protesters had blocked the toll gate for two weeks.\n";
    private static final String LAGOS_2 = "Nigerian police arrested 30 protesters in Lagos on Wednesday, 21 October 2020, "
            + "the police commissioner said.\n\nThousands marched in Abuja on the same day.\n";

    @TempDir
    Path tmp;

    private Path write(String name, String text) throws Exception {
        Path p = tmp.resolve("in").resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void reingestingTheSameTextAddsNothing() throws Exception {
        write("a.txt", LAGOS);
        String db = tmp.resolve("v.db").toString();
        Cli first = Cli.run("ingest", "--db", db, tmp.resolve("in").toString());
        assertEquals(0, first.exit(), first.err());
        assertTrue(first.out().contains("1 new, 0 unchanged"), first.out());
        Cli again = Cli.run("ingest", "--db", db, tmp.resolve("in").toString());
        assertTrue(again.out().contains("0 new, 1 unchanged"), again.out());
        String events = Cli.run("events", "--db", db).out();
        assertTrue(events.contains("Lagos") || events.contains("Lekki"), events);
    }

    @Test
    void sidecarMetadataAndDatelineReachTheExport() throws Exception {
        write("a.txt", LAGOS);
        write("a.meta.json", "{\"publisher\": \"Lagos Ledger\", \"affiliation\": \"independent\"}");
        String db = tmp.resolve("v.db").toString();
        assertEquals(0, Cli.run("ingest", "--db", db, tmp.resolve("in").toString()).exit());
        String jsonl = Cli.run("export", "--db", db).out();
        assertTrue(jsonl.contains("\"publisher\":\"Lagos Ledger\""), jsonl);
        assertTrue(jsonl.contains("\"published\":\"2020-10-20\""), jsonl);
        assertTrue(jsonl.contains("\"claimant\":\"Amnesty International\""), jsonl);
        assertTrue(jsonl.contains("\"start\":\"2020-10-20\""), "Tuesday night before the dateline: " + jsonl);
    }

    @Test
    void outputDoesNotDependOnThreadsOrFileOrder() throws Exception {
        write("a.txt", LAGOS);
        write("b.txt", LAGOS_2);
        Path one = tmp.resolve("one.db");
        Path two = tmp.resolve("two.db");
        assertEquals(0, Cli.run("ingest", "--db", one.toString(), "--threads", "1",
                tmp.resolve("in/a.txt").toString(), tmp.resolve("in/b.txt").toString()).exit());
        assertEquals(0, Cli.run("ingest", "--db", two.toString(), "--threads", "2",
                tmp.resolve("in/b.txt").toString(), tmp.resolve("in/a.txt").toString()).exit());
        String a = Cli.run("export", "--db", one.toString()).out();
        String b = Cli.run("export", "--db", two.toString()).out();
        assertFalse(a.isBlank());
        assertEquals(a, b);
    }

    @Test
    void badInputIsReportedAndSkippedAndTheRestIsStored() throws Exception {
        write("good.txt", LAGOS);
        write("empty.txt", "   \n");
        Path binary = tmp.resolve("in/binary.txt");
        Files.write(binary, new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2, 0, 9});
        Path huge = tmp.resolve("in/huge.txt");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(200L * 1024 * 1024);
        }
        Files.write(tmp.resolve("in/latin1.txt"), "Caf\u00e9 protest in Lagos".getBytes(StandardCharsets.ISO_8859_1));
        String db = tmp.resolve("v.db").toString();
        Cli r = Cli.run("ingest", "--db", db, tmp.resolve("in").toString(), tmp.resolve("missing.txt").toString());
        assertNotEquals(0, r.exit());
        List<String> failures = r.err().lines().filter(l -> l.startsWith("vigil: failed")).toList();
        assertEquals(5, failures.size(), r.err());
        for (String name : List.of("empty.txt", "binary.txt", "huge.txt", "latin1.txt", "missing.txt")) {
            assertTrue(failures.stream().anyMatch(l -> l.contains(name)), name + " not reported: " + r.err());
        }
        assertTrue(r.out().contains("1 new, 0 unchanged, 5 failed"), r.out());
        String jsonl = Cli.run("export", "--db", db).out();
        assertTrue(jsonl.contains("good.txt"));
        assertFalse(jsonl.contains("binary.txt") || jsonl.contains("latin1.txt") || jsonl.contains("huge.txt"));
    }
}
