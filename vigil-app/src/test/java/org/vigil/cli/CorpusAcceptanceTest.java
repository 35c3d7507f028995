package org.vigil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance tests of the whole pipeline: a corpus through ingest and export, every line checked against
 * the export contract, then the reference checker's verdict against the floor. Four corpora: the five real
 * Kazerun reports (shared/), the project's own Santiago 2019 reports (corpus/), written to prove that the rules
 * generalise beyond the first, its Nairobi 2024 reports, which guard later fixes against regression, and its Persian
 * Shiraz 1403 reports (Solar Hijri dates, Persian place names, figures and reported speech).
 */
class CorpusAcceptanceTest {
    @TempDir
    Path tmp;

    @Test
    void kazerunRecordMeetsTheFloor() throws Exception {
        checkCorpus("kazerun", Shared.require("corpus/kazerun-2018"));
    }

    @Test
    void santiagoRecordMeetsTheFloor() throws Exception {
        Path corpus = Path.of("..", "corpus", "santiago-2019").toAbsolutePath().normalize();
        assertTrue(Files.isDirectory(corpus), corpus.toString());
        checkCorpus("santiago", corpus);
    }

    @Test
    void nairobiRecordMeetsTheFloor() throws Exception {
        Path corpus = Path.of("..", "corpus", "nairobi-2024").toAbsolutePath().normalize();
        assertTrue(Files.isDirectory(corpus), corpus.toString());
        checkCorpus("nairobi", corpus);
    }

    @Test
    void shirazPersianRecordMeetsTheFloor() throws Exception {
        Path corpus = Path.of("..", "corpus", "shiraz-1403").toAbsolutePath().normalize();
        assertTrue(Files.isDirectory(corpus), corpus.toString());
        checkCorpus("shiraz", corpus);
    }

    private void checkCorpus(String name, Path corpus) throws Exception {
        Path schemaFile = Shared.require("contracts/event.schema.json");
        Path checker = Shared.require("tools/kazerun_check.py");
        String db = tmp.resolve("k.db").toString();
        Cli ingest = Cli.run("ingest", "--db", db, corpus.toString());
        assertEquals(0, ingest.exit(), ingest.err());
        Path export = tmp.resolve("k.jsonl");
        assertEquals(0, Cli.run("export", "--db", db, "--format", "jsonl", "--out", export.toString()).exit());

        List<String> lines = Files.readAllLines(export, StandardCharsets.UTF_8);
        assertTrue(lines.size() > 5, "events exported: " + lines.size());
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(com.networknt.schema.SchemaLocation.of(schemaFile.toUri().toString()));
        ObjectMapper mapper = new ObjectMapper();
        for (String line : lines) {
            JsonNode node = mapper.readTree(line);
            Set<ValidationMessage> errors = schema.validate(node);
            assertTrue(errors.isEmpty(), "schema errors " + errors + " in " + line);
        }

        Process p = new ProcessBuilder("python3", checker.toString(), corpus.resolve("expected.json").toString(), export.toString())
                .redirectErrorStream(true).start();
        String report = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        System.out.println(report);
        Matcher m = Pattern.compile("expect met (\\d+)/(\\d+), forbid hit (\\d+)/(\\d+)").matcher(report);
        assertTrue(m.find(), report);
        Properties floor = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/acceptance/floors.properties")) {
            floor.load(in);
        }
        int met = Integer.parseInt(m.group(1));
        int hit = Integer.parseInt(m.group(3));
        assertTrue(met >= Integer.parseInt(floor.getProperty(name + ".expect.floor")), "expect met " + met + " below the floor\n" + report);
        assertTrue(hit <= Integer.parseInt(floor.getProperty(name + ".forbid.ceiling")), "forbid hit " + hit + " above the ceiling\n" + report);
    }
}
