package org.vigil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ingest summary and `vigil event` name the documents' languages; a report Vigil does not read gets no event. */
class LanguageCommandTest {
    private static final String PERSIAN = "صدها معلم روز سه\u200Cشنبه در برابر اداره آموزش و پرورش تجمع کردند.\n"
            + "به گفته یک معلم بازنشسته، ماموران دست\u200Cکم ۹ نفر را بازداشت کردند.\n";
    private static final String FRENCH = "Des centaines d'enseignants se sont rassemblés mardi devant le rectorat pour protester "
            + "contre les salaires, et la police a arrêté neuf personnes selon un syndicat.\n";
    private static final String ENGLISH = "Hundreds of teachers protested outside the education office on Tuesday, and police "
            + "arrested nine of them, a union said.\n";

    @TempDir
    Path tmp;

    @Test
    void languagesAreCountedAndOnlyWhatVigilReadsIsCoded() throws Exception {
        Files.createDirectories(tmp.resolve("in"));
        Files.writeString(tmp.resolve("in/fa.txt"), PERSIAN, StandardCharsets.UTF_8);
        Files.writeString(tmp.resolve("in/fr.txt"), FRENCH, StandardCharsets.UTF_8);
        String db = tmp.resolve("v.db").toString();
        Cli ingest = Cli.run("ingest", "--db", db, tmp.resolve("in").toString());
        assertEquals(0, ingest.exit(), ingest.err());
        assertTrue(ingest.out().contains("languages: fa 1; no events read in: fr 1"), ingest.out());
        String jsonl = Cli.run("export", "--db", db).out();
        assertFalse(jsonl.contains("fr.txt"), "the French report is not coded: " + jsonl);
        Matcher id = Pattern.compile("\"id\":\"(ev-[0-9a-f]+)\"").matcher(jsonl);
        assertTrue(id.find(), jsonl);
        String event = Cli.run("event", "--db", db, id.group(1)).out();
        assertTrue(event.contains("fa.txt (") && event.contains(", fa"), event);
    }

    @Test
    void anEnglishRecordPrintsTheSummaryAsBefore() throws Exception {
        Files.createDirectories(tmp.resolve("en"));
        Files.writeString(tmp.resolve("en/a.txt"), ENGLISH, StandardCharsets.UTF_8);
        Cli ingest = Cli.run("ingest", "--db", tmp.resolve("e.db").toString(), tmp.resolve("en").toString());
        assertEquals(0, ingest.exit(), ingest.err());
        assertFalse(ingest.out().contains("languages:"), ingest.out());
    }
}
