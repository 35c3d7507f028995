package org.vigil.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeoNamesImporterTest {
    @TempDir
    Path dir;

    @Test
    void importsPlacesRegionsAndCountriesWithAlternateNames() throws IOException {
        Path all = zip("allCountries.zip", "allCountries.txt", String.join("\n",
                row("130758", "Iran", "Iran", "32", "53", "A", "PCLI", "IR", "00", "81800269"),
                row("134766", "Fars", "Fars", "29", "53", "A", "ADM1", "IR", "07", "4851274"),
                row("128321", "Kāzerūn", "Kazerun", "29.61949", "51.65415", "P", "PPLA2", "IR", "07", "94511"),
                row("6295630", "Earth", "Earth", "0", "0", "L", "AREA", "", "", "0")) + "\n");
        Path alt = zip("alternateNamesV2.zip", "alternateNamesV2.txt",
                "1\t128321\ten\tKazeroun\t\t\t\t\t\t\n2\t128321\tfa\tکازرون\t\t\t\t\t\t\n");
        Path out = dir.resolve("g.tsv.gz");
        GeoNamesImporter.Summary s = new GeoNamesImporter().importDump(all, alt, out);
        assertEquals(1, s.places());
        assertEquals(1, s.regions());
        assertEquals(1, s.countries());
        GeoNamesGazetteer g;
        try (InputStream in = Files.newInputStream(out)) {
            g = GeoNamesGazetteer.load(in);
        }
        GazetteerEntry k = g.lookup("kazeroun").get(0);
        assertEquals(128321L, k.geonameId());
        assertEquals("Fars", k.admin1Name());
        assertEquals(GazetteerEntry.Kind.COUNTRY, g.lookup("iranian").get(0).kind());
        assertEquals(128321L, g.lookup(NameKey.of("كازرون")).get(0).geonameId()); // the fa name, Arabic kaf as Persian
        assertEquals(GazetteerEntry.Kind.ADMIN1, g.lookup(NameKey.of("استان فارس")).get(0).kind()); // from the shipped file
        assertEquals(GazetteerEntry.Kind.COUNTRY, g.lookup(NameKey.of("ایران")).get(0).kind());
    }

    private static String row(String id, String name, String ascii, String lat, String lon, String fclass, String fcode,
                              String cc, String a1, String pop) {
        return String.join("\t", id, name, ascii, "", lat, lon, fclass, fcode, cc, "", a1, "", "", "", pop, "", "", "", "2020-01-01");
    }

    private Path zip(String name, String entry, String content) throws IOException {
        Path p = dir.resolve(name);
        try (OutputStream o = Files.newOutputStream(p); ZipOutputStream z = new ZipOutputStream(o)) {
            z.putNextEntry(new ZipEntry(entry));
            z.write(content.getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        return p;
    }
}
