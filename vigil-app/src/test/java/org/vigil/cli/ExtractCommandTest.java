package org.vigil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {
    private static final String PAGE = "<html lang=\"fr\"><head><meta property=\"og:title\" content=\"Grève des cheminots\">"
            + "<meta property=\"article:published_time\" content=\"2023-01-19T07:00:00+01:00\"></head><body>"
            + "<nav><a href=\"/\">Accueil</a> <a href=\"/monde\">Monde</a></nav><article><h1>Grève des cheminots</h1>"
            + "<p>Les cheminots ont cessé le travail jeudi matin dans toute la région, selon les syndicats du secteur.</p>"
            + "<p>La direction évoque un trafic très perturbé jusqu'à vendredi soir, et conseille de reporter les voyages.</p>"
            + "</article></body></html>";
    @TempDir
    Path dir;

    @Test
    void printsTheMainTextOfEachFile() throws Exception {
        Path page = dir.resolve("greve.html");
        Files.writeString(page, PAGE);
        Cli r = Cli.run("extract", page.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("Les cheminots ont cessé le travail"), r.out());
        assertTrue(!r.out().contains("Accueil"), r.out());
    }

    @Test
    void printsOneJsonObjectPerFileAndReportsRefusals() throws Exception {
        Path page = dir.resolve("greve.html");
        Files.writeString(page, PAGE);
        Path text = dir.resolve("note.txt");
        Files.writeString(text, "Protest at the ministry\n\nAbout two hundred nurses gathered outside the ministry on Friday.\n");
        Cli r = Cli.run("extract", "--json", page.toString(), text.toString(), dir.resolve("missing.html").toString());
        assertEquals(1, r.exit());
        String[] lines = r.out().strip().split("\n");
        assertEquals(3, lines.length);
        ObjectMapper m = new ObjectMapper();
        JsonNode o = m.readTree(lines[0]);
        assertEquals("Grève des cheminots", o.get("title").asText());
        assertEquals("2023-01-19", o.get("published").asText());
        assertEquals("fr", o.get("language").asText());
        assertTrue(o.has("author") && o.has("publisher") && o.has("url") && o.has("file"));
        assertTrue(m.readTree(lines[1]).get("text").asText().contains("two hundred nurses"));
        assertTrue(m.readTree(lines[2]).has("error"));
    }
}
