package org.vigil.bench.throughput;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The runner works end to end on a few documents (a smoke test: it times nothing and asserts no speed). */
class ThroughputCommandTest {
    @TempDir
    Path tmp;

    private static String run(String... args) {
        PrintStream saved = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        int exit;
        try {
            System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
            exit = new CommandLine(new ThroughputCommand()).execute(args);
        } finally {
            System.setOut(saved);
        }
        String out = buf.toString(StandardCharsets.UTF_8);
        assertEquals(0, exit, out);
        return out;
    }

    @Test
    void ingestsEveryGeneratedReportIntoAFreshStoreOnEachRun() {
        String out = run("--generated", "12", "--runs", "1", "--threads", "1");
        assertTrue(out.matches("(?s).*12 generated reports\\s+1\\s+12\\s.*"), out);
        assertTrue(out.contains("ref docs/s") && out.contains("CPU/wall"), out);
    }

    @Test
    void measuresAFolderOfTextsAndPagesAtEachThreadCount() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(dir.resolve("a.txt"), "Police fired tear gas at hundreds of protesters in Kazerun on Wednesday.");
        Files.writeString(dir.resolve("b.html"), "<html><body><article><p>Students marched in Shiraz on Thursday "
                + "against the closure of the university.</p></article></body></html>");
        String out = run("--dir", dir.toString(), "--runs", "1", "--threads", "1,2");
        assertTrue(out.matches("(?s).*" + java.util.regex.Pattern.quote(dir.toString()) + "\\s+1\\s+2\\s.*"), out);
        assertTrue(out.matches("(?s).*" + java.util.regex.Pattern.quote(dir.toString()) + "\\s+2\\s+2\\s.*"), out);
        assertTrue(!out.contains("failed"), out);
    }
}
