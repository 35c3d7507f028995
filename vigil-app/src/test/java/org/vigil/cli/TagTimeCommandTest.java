package org.vigil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TagTimeCommandTest {
    private static final String TEXT = "Crowds gathered on Friday & again on 3 May 2018.\nTwo days later the strike ended.\n";

    @Test
    void inlineTimeMLKeepsTheText(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("a.txt"), TEXT);
        Cli c = Cli.run("tag-time", "--dct", "2018-05-17", f.toString());
        assertEquals(0, c.exit(), c.err());
        assertTrue(c.out().contains("<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2018-05-11\">Friday</TIMEX3>"), c.out());
        assertTrue(c.out().contains("value=\"2018-05-05\">Two days later</TIMEX3>"), c.out());
        assertEquals(TEXT, c.out().replaceAll("<[^>]+>", "").replace(System.lineSeparator(), "\n"));
    }

    @Test
    void jsonGivesCharacterOffsetsAndUnknownsWithoutDct(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("a.txt"), TEXT);
        Cli c = Cli.run("tag-time", "--json", f.toString());
        assertEquals(0, c.exit(), c.err());
        JsonNode o = new ObjectMapper().readTree(c.out().strip());
        JsonNode first = o.get("timexes").get(0);
        assertEquals("Friday", TEXT.substring(first.get("start").asInt(), first.get("end").asInt()));
        assertEquals("XXXX-WXX-5", first.get("value").asText());
        assertEquals("2018-05-03", o.get("timexes").get(1).get("value").asText());
    }
}
