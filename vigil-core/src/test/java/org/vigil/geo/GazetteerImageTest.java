package org.vigil.geo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The binary image written at build time holds the gazetteer the shipped TSV gives, lookup for lookup. */
class GazetteerImageTest {
    private static final String TSV = "/geo/gazetteer.tsv.gz";
    private static GeoNamesGazetteer fromTsv;
    private static GeoNamesGazetteer fromImage;
    private static final List<String[]> rows = new ArrayList<>();

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = GazetteerImageTest.class.getResourceAsStream(TSV)) {
            fromTsv = GeoNamesGazetteer.load(in);
        }
        fromImage = GazetteerImage.shipped();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(
                GazetteerImageTest.class.getResourceAsStream(TSV)), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.startsWith("#")) {
                    rows.add(line.split("\t", -1));
                }
            }
        }
    }

    @Test
    void theImageHoldsTheSameEntriesMapsAndIndexes() {
        assertEquals(fromTsv.size(), fromImage.size());
        assertTrue(fromImage.size() > 200_000, "entries: " + fromImage.size());
        for (int i = 0; i < fromTsv.size(); i++) { // one by one: a message with both whole lists would not fit the heap
            assertEquals(fromTsv.entries.get(i), fromImage.entries.get(i), "entry " + i);
        }
        assertEquals(fromTsv.countries, fromImage.countries);
        assertEquals(fromTsv.admin1, fromImage.admin1);
        assertEquals(fromTsv.abbreviations, fromImage.abbreviations);
        assertArrayEquals(fromTsv.exact.keys(), fromImage.exact.keys());
        assertArrayEquals(fromTsv.exact.targets(), fromImage.exact.targets());
        assertArrayEquals(fromTsv.variants.keys(), fromImage.variants.keys());
        assertArrayEquals(fromTsv.variants.targets(), fromImage.variants.targets());
    }

    @Test
    void everyCountryRegionAndAbbreviationIsFoundAlike() {
        int countries = 0;
        int regions = 0;
        int abbreviations = 0;
        for (String[] f : rows) {
            switch (f[0]) {
                case "C" -> {
                    assertNotNull(fromImage.country(f[1]), f[1]);
                    assertEquals(fromTsv.country(f[1]), fromImage.country(f[1]));
                    countries++;
                }
                case "A", "B" -> {
                    assertEquals(fromTsv.admin1(f[1], f[2]), fromImage.admin1(f[1], f[2]), f[1] + "." + f[2]);
                    regions++;
                }
                case "Q" -> {
                    for (String a : f[3].split("\\|")) {
                        assertEquals(fromTsv.abbreviation(a), fromImage.abbreviation(a), a);
                        abbreviations++;
                    }
                }
                default -> { }
            }
        }
        assertTrue(countries > 200 && regions > 3000 && abbreviations > 50, countries + " " + regions + " " + abbreviations);
        assertEquals(null, fromImage.country("ZZ"));
        assertEquals(null, fromImage.admin1("IR", "999"));
    }

    /** All country, region and continent names with their aliases, every 20th place's names, and their variants. */
    @Test
    void lookupsAndVariantLookupsReturnTheSameEntriesInTheSameOrder() {
        Set<String> keys = new LinkedHashSet<>(List.of("kazeroon", "ghom", "tehran", "san jose", "springfield", "no such place x"));
        for (int i = 0; i < rows.size(); i++) {
            String[] f = rows.get(i);
            switch (f[0]) {
                case "C" -> names(keys, f[2], f[5]);
                case "A", "B" -> names(keys, f[3], f[6]);
                case "K" -> names(keys, f[1], f.length > 4 ? f[4] : "");
                case "Q" -> { }
                default -> {
                    if (i % 20 == 0) {
                        names(keys, f[2], f[9]);
                    }
                }
            }
        }
        int found = 0;
        for (String k : keys) {
            List<GazetteerEntry> expected = fromTsv.lookup(k);
            assertEquals(expected, fromImage.lookup(k), k);
            assertEquals(fromTsv.lookupVariant(k), fromImage.lookupVariant(k), k);
            assertEquals(fromTsv.lookupVariant(Romanisation.key(k)), fromImage.lookupVariant(Romanisation.key(k)), k);
            found += expected.isEmpty() ? 0 : 1;
        }
        // the folded names are found (a few whose key is empty are not); the unfolded ones, mostly not
        assertTrue(keys.size() > 50_000 && found > 35_000, found + " of " + keys.size());
    }

    private static void names(Set<String> keys, String name, String aliases) {
        keys.add(NameKey.of(name));
        keys.add(name); // unfolded too: a key no lookup of the CLI asks, found (or not) alike
        if (!aliases.isEmpty()) {
            keys.addAll(Arrays.asList(aliases.split("\\|")));
        }
    }

    @Test
    void theImageIsWrittenDeterministically() {
        byte[] image = GazetteerImageWriter.image(fromTsv);
        assertArrayEquals(image, GazetteerImageWriter.image(fromImage));
        assertArrayEquals(image, GazetteerImageWriter.image(GazetteerImage.read("again", image)));
    }

    /** Coordinates with more decimals than the scaled ints hold are written as doubles, and read back the same. */
    @Test
    void aSmallGazetteerWithFineCoordinatesReadsBackTheSame() throws IOException {
        String tsv = "C\tIR\tIran\t32\t53\tiran|persia\t80000000\n"
                + "A\tIR\t07\tFars\t29.1234567\t53.5\tfars|استان فارس\t4000000\n"
                + "Q\tIR\t07\tfs\n"
                + "K\tAsia\t30\t100\tasia\n"
                + "P\t128321\tKazerun\t29.61949\t51.65415\tPPLA2\tIR\t07\t85000\tkazerun|کازرون|kazeroun\n";
        java.io.ByteArrayOutputStream gz = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream out = new java.util.zip.GZIPOutputStream(gz)) {
            out.write(tsv.getBytes(StandardCharsets.UTF_8));
        }
        GeoNamesGazetteer small = GeoNamesGazetteer.load(new java.io.ByteArrayInputStream(gz.toByteArray()));
        GeoNamesGazetteer read = GazetteerImage.read("small.bin", GazetteerImageWriter.image(small));
        assertEquals(small.entries, read.entries); // five entries
        assertEquals(29.1234567, read.admin1("IR", "07").lat());
        assertEquals(small.abbreviation("fs"), read.abbreviation("fs"));
        assertEquals(small.country("IR"), read.country("IR"));
        for (String k : List.of("kazerun", "کازرون", "kazeroun", "kazeroon", "persia", "asia", "فارس", "استان فارس")) {
            assertEquals(small.lookup(k), read.lookup(k), k);
            assertEquals(small.lookupVariant(k), read.lookupVariant(k), k);
        }
        assertEquals(128321L, read.lookup("kazerun").get(0).geonameId());
        assertEquals(null, read.lookup("iran").get(0).geonameId());
    }

    /** A user's gazetteer file may be an image: told from the gzip rows by its mark, read alike. */
    @Test
    void aGazetteerFileMayBeAnImage(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws IOException {
        java.nio.file.Path bin = java.nio.file.Files.write(dir.resolve("world.bin"), GazetteerImageWriter.image(fromImage));
        Gazetteer g = Gazetteers.load(bin);
        assertEquals(fromTsv.size(), g.size());
        assertEquals(fromTsv.lookup("kazerun"), g.lookup("kazerun"));
        assertEquals(fromTsv.lookupVariant("kazeroon"), g.lookupVariant("kazeroon"));
        byte[] image = java.nio.file.Files.readAllBytes(bin);
        java.nio.file.Path cut = java.nio.file.Files.write(dir.resolve("cut.bin"), Arrays.copyOf(image, image.length / 3));
        GazetteerImageException e = assertThrows(GazetteerImageException.class, () -> Gazetteers.load(cut));
        assertEquals(cut.toString(), e.file());
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
    }

    @Test
    void aTruncatedImageIsAnErrorNamingTheFile() {
        byte[] image = GazetteerImageWriter.image(fromImage);
        for (int length : new int[] {0, 6, 12, 1000, image.length / 2, image.length - 4, image.length - 1}) {
            GazetteerImageException e = assertThrows(GazetteerImageException.class,
                    () -> GazetteerImage.read("cut.bin", Arrays.copyOf(image, length)), "length " + length);
            assertEquals("cut.bin", e.file());
            assertTrue(e.getMessage().startsWith("gazetteer image cut.bin: "), e.getMessage());
        }
        byte[] longer = Arrays.copyOf(image, image.length + 1);
        assertTrue(assertThrows(GazetteerImageException.class, () -> GazetteerImage.read("long.bin", longer))
                .getMessage().contains("corrupt"));
    }

    @Test
    void anImageOfAnotherVersionOrNoImageIsRefused() {
        byte[] image = GazetteerImageWriter.image(fromImage);
        ByteBuffer.wrap(image).putInt(4, GazetteerImage.VERSION + 1);
        GazetteerImageException e = assertThrows(GazetteerImageException.class, () -> GazetteerImage.read("new.bin", image));
        assertEquals("gazetteer image new.bin: format version " + (GazetteerImage.VERSION + 1) + ", this Vigil reads version "
                + GazetteerImage.VERSION + " (rebuild it from the TSV)", e.getMessage());
        byte[] text = "C\tAD\tAndorra\t42.5\t1.5\tandorra\t75127\n".getBytes(StandardCharsets.UTF_8);
        assertTrue(assertThrows(GazetteerImageException.class, () -> GazetteerImage.read("gazetteer.tsv", text))
                .getMessage().contains("not a gazetteer image"));
    }
}
