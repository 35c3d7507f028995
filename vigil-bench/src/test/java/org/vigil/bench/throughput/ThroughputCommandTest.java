package org.vigil.bench.throughput;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The runner works end to end on a few reports (a smoke test: it times nothing and asserts no speed). */
class ThroughputCommandTest {
    @Test
    void ingestsEveryGeneratedReportIntoAFreshStoreOnEachRun() {
        PrintStream saved = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        int exit;
        try {
            System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
            exit = new CommandLine(new ThroughputCommand()).execute("--docs", "12", "--runs", "1", "--threads", "1");
        } finally {
            System.setOut(saved);
        }
        String out = buf.toString(StandardCharsets.UTF_8);
        assertEquals(0, exit, out);
        assertTrue(out.contains("12 reports (0 failed)"), out);
        assertTrue(out.contains("Vigil ingest") && out.contains("reference: read files"), out);
    }
}
