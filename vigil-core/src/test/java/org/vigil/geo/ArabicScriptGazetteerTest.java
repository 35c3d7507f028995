package org.vigil.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class ArabicScriptGazetteerTest {
    private static final Gazetteer G = GeoNamesGazetteer.shipped();

    @Test
    void keysFoldPersianAndArabicLetters() {
        assertEquals(NameKey.of("کازرون"), NameKey.of("كازرون"));
        assertEquals(NameKey.of("شیراز"), NameKey.of("شيراز"));
        assertEquals(NameKey.of("بندرعباس"), NameKey.of("بندر عباس"));
        assertEquals(NameKey.of("خرم\u200Cآباد"), NameKey.of("خرم آباد"));
        assertEquals(NameKey.of("تهران"), NameKey.of("تِهران"));
        assertEquals(NameKey.of("طهران"), NameKey.of("طـهـران"));
        assertEquals("kazerun", NameKey.of("Kāzerūn's"));
        assertEquals("15 mehr", NameKey.of("۱۵ Mehr"));
    }

    @Test
    void theShippedGazetteerHasArabicScriptNames() {
        assertEquals(128321L, G.lookup(NameKey.of("کازرون")).get(0).geonameId());
        assertTrue(G.lookup(NameKey.of("تهران")).stream().anyMatch(e -> Long.valueOf(112931L).equals(e.geonameId())));
        assertEquals(GazetteerEntry.Kind.COUNTRY, G.lookup(NameKey.of("ایران")).get(0).kind());
        GazetteerEntry fars = G.lookup(NameKey.of("استان فارس")).get(0);
        assertEquals(GazetteerEntry.Kind.ADMIN1, fars.kind());
        assertEquals("07", fars.admin1Code());
    }

    /** The converter writes Arabic-script names as keys; a key must be its own key, or lookups would miss it. */
    @Test
    void everyArabicScriptNameOfTheFileIsInKeyForm() throws IOException {
        int names = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(
                GeoNamesGazetteer.class.getResourceAsStream("/geo/gazetteer.tsv.gz")), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.startsWith("#") && ArabicLetters.hasArabic(line)) {
                    for (String field : line.split("\t")) {
                        for (String a : field.split("\\|")) {
                            if (ArabicLetters.hasArabic(a)) {
                                assertEquals(NameKey.of(a), a, line);
                                names++;
                            }
                        }
                    }
                }
            }
        }
        assertTrue(names > 30_000, "Arabic-script names: " + names);
    }
}
