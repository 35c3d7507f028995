package org.vigil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.classify.LinearModel;
import org.vigil.classify.ModelFiles;

class TrainCommandTest {
    private static final String[] PROTEST = {"Hundreds of workers marched to the ministry demanding unpaid wages",
        "Police fired tear gas at students protesting the fee rise", "Riot police arrested dozens of demonstrators",
        "Thousands rallied in the capital against the new law", "Security forces opened fire on protesters, killing two"};
    private static final String[] SPORTS = {"The home side beat the visitors three goals to one on Saturday",
        "The striker scored twice in the second half", "The coach praised his defence after the cup win",
        "Shares rose after the company beat profit forecasts", "The film opens in cinemas next week to warm reviews"};

    @Test
    void trainsARelevanceModelFromACsvPrintsCrossValidatedFiguresAndIngestUsesIt(@TempDir Path dir) throws Exception {
        List<String> rows = new ArrayList<>(List.of("text,relevant"));
        for (int i = 0; i < 4; i++) {
            for (String p : PROTEST) {
                rows.add("\"" + p + " (" + i + ")\",true");
            }
            for (String s : SPORTS) {
                rows.add("\"" + s + " (" + i + ")\",false");
            }
        }
        Path csv = Files.write(dir.resolve("coded.csv"), rows);
        Path model = dir.resolve("team.model");
        Cli r = Cli.run("train", "--labels", csv.toString(), "--task", "relevance", "--out", model.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("5-fold cross-validation on 40 texts: accuracy"), r.out());
        assertEquals(ModelFiles.Task.RELEVANCE, ModelFiles.task(ModelFiles.read(model)));
        Path report = Files.writeString(dir.resolve("r.txt"), "Police fired tear gas at protesters in the capital on Monday.");
        Cli ingest = Cli.run("ingest", report.toString(), "--db", dir.resolve("v.db").toString(), "--model", model.toString());
        assertEquals(0, ingest.exit(), ingest.err());
    }

    @Test
    void readsAcledStyleColumnsAndLearnsTheirSubTypes(@TempDir Path dir) throws Exception {
        StringBuilder jsonl = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            jsonl.append("{\"notes\":\"Hundreds marched peacefully to parliament ").append(i).append("\",\"sub_event_type\":\"Peaceful protest\"}\n");
            jsonl.append("{\"notes\":\"Police fired live rounds at marchers, killing three ").append(i).append("\",\"sub_event_type\":\"Excessive force against protesters\"}\n");
        }
        Path file = Files.writeString(dir.resolve("acled.jsonl"), jsonl);
        Path model = dir.resolve("acled.model");
        Cli r = Cli.run("train", "--labels", file.toString(), "--task", "acled", "--out", model.toString(), "--folds", "2");
        assertEquals(0, r.exit(), r.err());
        LinearModel m = ModelFiles.read(model);
        assertEquals(List.of("Excessive force against protesters", "Peaceful protest"), m.labels());
        assertEquals(ModelFiles.Task.ACLED, ModelFiles.task(m));
        // the team's sub-types replace the shipped typer: every coded event now carries one of the team's two codes
        Path report = Files.writeString(dir.resolve("r.txt"), "Police fired live rounds at marchers in Lagos on Monday.");
        Path db = dir.resolve("v.db");
        assertEquals(0, Cli.run("ingest", report.toString(), "--db", db.toString(), "--model", model.toString()).exit());
        Cli out = Cli.run("export", "--format", "csv", "--db", db.toString(), "--min-confidence", "0");
        assertEquals(0, out.exit(), out.err());
        assertTrue(out.out().contains("Excessive force against protesters") || out.out().contains("Peaceful protest"), out.out());
        Cli twice = Cli.run("ingest", report.toString(), "--db", dir.resolve("w.db").toString(), "--model", model.toString(),
                "--model", model.toString());
        assertEquals(2, twice.exit());
        assertTrue(twice.err().contains("a second model for the same task"), twice.err());
    }

    @Test
    void aRecordWithoutItsCodeAndAModelOfAnotherTaskAreClearErrors(@TempDir Path dir) throws Exception {
        Path csv = Files.write(dir.resolve("bad.csv"), List.of("text,comment", "\"a march\",x", "\"a match\",y"));
        Cli r = Cli.run("train", "--labels", csv.toString(), "--task", "relevance", "--out", dir.resolve("m").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("record 1 lacks a text (text/notes/sentence) or a code (relevant/relevance/label)"), r.err());
        Path report = Files.writeString(dir.resolve("r.txt"), "Police fired tear gas at protesters.");
        Path truncated = Files.write(dir.resolve("t.model"), new byte[] {31, -117, 8});
        Cli ingest = Cli.run("ingest", report.toString(), "--db", dir.resolve("v.db").toString(), "--model", truncated.toString());
        assertEquals(2, ingest.exit());
        assertTrue(ingest.err().contains("model file " + truncated), ingest.err());
        assertTrue(!Files.exists(dir.resolve("v.db")) || ingest.err().contains("truncated"), "nothing ingested");
    }
}
