package org.vigil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeoparseCommandTest {
    @TempDir
    Path tmp;

    @Test
    void jsonGivesOneObjectPerFileWithOffsetsOfTheInput() throws Exception {
        String text = "Crowds marched in Kāzerūn, Fars. The Fars News Agency said Tehran blamed the U.S.";
        Path f = tmp.resolve("a.txt");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        Cli r = Cli.run("geoparse", "--json", f.toString());
        assertEquals(0, r.exit(), r.err());
        JsonNode o = new ObjectMapper().readTree(r.out().strip());
        assertEquals(f.toString(), o.get("file").asText());
        JsonNode places = o.get("places");
        assertEquals(4, places.size(), places.toString());
        JsonNode k = places.get(0);
        assertEquals("Kāzerūn", text.substring(k.get("start").asInt(), k.get("end").asInt()));
        assertEquals("Kazerun", k.get("name").asText());
        assertEquals(128321, k.get("geonameid").asLong());
        assertEquals("Fars", k.get("admin1").asText());
        assertEquals("IR", k.get("country").asText());
        assertEquals("ADM1", places.get(1).get("feature").asText());
        assertEquals("metonymy", places.get(2).get("role").asText());
        assertEquals("U.S.", places.get(3).get("text").asText());
        assertTrue(places.get(3).get("lat").isNumber());
    }
}
