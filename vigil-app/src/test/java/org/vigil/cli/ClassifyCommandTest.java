package org.vigil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassifyCommandTest {
    @TempDir
    Path tmp;

    @Test
    void writesOneLinePerInputInOrder() throws Exception {
        Path in = tmp.resolve("in.jsonl");
        Files.write(in, List.of(
                "{\"id\":\"a\",\"text\":\"Riot police arrested 30 students who rallied in Dhaka on Monday, police said.\",\"date\":\"2024-03-05\"}",
                "{\"id\":\"b\",\"text\":\"Rioters looted shops and set cars on fire in the city centre.\"}",
                "{\"id\":\"c\",\"text\":\"The foreign minister visited Oslo.\"}",
                "{\"id\":\"d\",\"text\":\"In 1989, troops opened fire on students in Beijing.\",\"date\":\"2024-06-04\"}"), StandardCharsets.UTF_8);
        Cli r = Cli.run("classify", in.toString());
        assertEquals(0, r.exit(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(4, lines.size());
        ObjectMapper json = new ObjectMapper();
        JsonNode a = json.readTree(lines.get(0));
        assertEquals("a", a.get("id").asText());
        assertEquals("news", a.get("timeframe").asText());
        for (String field : List.of("plover", "modes", "timeframe", "acled_event_type", "acled_sub_event_type", "protest",
                "state_responses", "demands", "protester_violence", "claims")) {
            assertTrue(a.has(field), field);
        }
        assertTrue(a.get("protest").asBoolean());
        assertEquals("arrested", a.get("claims").get(0).get("kind").asText());
        assertEquals(30, a.get("claims").get(0).get("low").asInt());
        assertEquals("police", a.get("claims").get(0).get("claimant").asText());
        JsonNode b = json.readTree(lines.get(1));
        assertEquals("Violent demonstration", b.get("acled_sub_event_type").asText());
        assertTrue(b.get("protester_violence").asBoolean());
        JsonNode c = json.readTree(lines.get(2));
        assertEquals("CONSULT", c.get("plover").asText());
        assertTrue(c.get("acled_sub_event_type").isNull());
        JsonNode d = json.readTree(lines.get(3));
        assertEquals("ASSAULT", d.get("plover").asText());
        assertEquals("history", d.get("timeframe").asText());
        assertTrue(d.get("acled_sub_event_type").isNull(), "history is flagged, not coded as news");
        assertTrue(!d.get("protest").asBoolean());
    }

    @Test
    void aBadLineGetsAnErrorNamingTheFieldAndTheRestGoOn() throws Exception {
        Path in = tmp.resolve("bad.jsonl");
        Files.write(in, List.of("{\"id\":\"x\"}", "{\"id\":\"y\",\"text\":\"Workers went on strike.\"}",
                "{\"id\":\"z\",\"text\":\"Workers went on strike.\",\"date\":\"yesterday-ish\"}", "not json"),
                StandardCharsets.UTF_8);
        Cli r = Cli.run("classify", in.toString());
        assertEquals(1, r.exit());
        List<String> out = r.out().lines().toList();
        assertEquals(4, out.size(), r.out());
        assertTrue(out.get(0).startsWith("{\"id\":\"x\",\"error\":\"\\\"text\\\": missing"), out.get(0));
        assertTrue(out.get(1).contains("\"plover\":\"PROTEST\""), out.get(1));
        assertTrue(out.get(2).contains("\"id\":\"z\"") && out.get(2).contains("expected 2020-05-09, 9-May-20"), out.get(2));
        assertTrue(out.get(3).startsWith("{\"id\":\"4\",\"error\":\"not a JSON object"), out.get(3));
        assertTrue(r.err().contains("line 1"), r.err());
    }

    @Test
    void readsTheCommonDateFormsOfCodedFilesAndTypesNoEmptyText() throws Exception {
        Path in = tmp.resolve("dates.jsonl");
        List<String> lines = new java.util.ArrayList<>();
        for (String d : List.of("2020-05-09", "9-May-20", "2020/05/09", "9 May 2020", "May 9, 2020", "2020-05-09T10:00:00Z")) {
            lines.add("{\"id\":\"" + d + "\",\"text\":\"Police arrested 12 protesters yesterday.\",\"date\":\"" + d + "\"}");
        }
        lines.add("{\"id\":\"empty\",\"text\":\"\"}");
        Files.write(in, lines, StandardCharsets.UTF_8);
        Cli r = Cli.run("classify", in.toString());
        assertEquals(0, r.exit(), r.err());
        List<String> out = r.out().lines().toList();
        assertEquals(7, out.size());
        out.subList(0, 6).forEach(l -> assertTrue(!l.contains("\"error\""), l));
        assertTrue(out.get(6).contains("\"plover\":null"), out.get(6));
    }
}
