package org.vigil.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Converts the full GeoNames dump ({@code allCountries.zip}, optionally {@code alternateNamesV2.zip}) into a
 * gazetteer file in the shipped row format, for users who want every village: populated places, first- and
 * second-level regions, countries and continents, with their Latin-script and Arabic-script (Persian, Arabic...) alternate names. Demonyms and
 * abbreviations come from the shipped file. Reads the archives as streams, three passes, no temporary files.
 */
public final class GeoNamesImporter {
    /** What was written. */
    public record Summary(int places, int regions, int countries, long bytes) {
    }

    private static final Set<String> SKIPPED_LANGUAGES = Set.of("link", "post", "iata", "icao", "faac", "fr_1793", "abbr", "wkdt", "unlc", "tcid");

    /** Writes the gazetteer file {@code out} (gzip) from the dump archives; {@code alternates} may be null. */
    public Summary importDump(Path allCountries, Path alternates, Path out) throws IOException {
        Set<Integer> kept = new HashSet<>();
        each(allCountries, f -> {
            if (kind(f) != null) {
                kept.add(Integer.parseInt(f[0]));
            }
        });
        Map<Integer, Set<String>> names = new HashMap<>();
        if (alternates != null) {
            each(alternates, f -> alternate(f, kept, names));
        }
        Shipped shipped = Shipped.read();
        int[] counts = new int[3];
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(out), 1 << 16);
             PrintWriter w = new PrintWriter(new java.io.OutputStreamWriter(o, StandardCharsets.UTF_8))) {
            w.println("# Imported from the GeoNames dump (https://www.geonames.org, CC BY 4.0) by vigil gazetteer import");
            each(allCountries, f -> writeRegion(f, names, shipped, w, counts, true));
            shipped.abbreviations.forEach(w::println);
            each(allCountries, f -> writeRegion(f, names, shipped, w, counts, false));
        }
        return new Summary(counts[0], counts[1], counts[2], Files.size(out));
    }

    /** C, K and A rows on the first pass; B and P rows on the second (the loader needs regions first). */
    private static void writeRegion(String[] f, Map<Integer, Set<String>> names, Shipped shipped, PrintWriter w, int[] counts, boolean first) {
        String kind = kind(f);
        if (kind == null || first != (kind.equals("C") || kind.equals("K") || kind.equals("A"))) {
            return;
        }
        Set<String> aliases = new LinkedHashSet<>(names.getOrDefault(Integer.parseInt(f[0]), Set.of()));
        aliases.add(NameKey.of(f[1]));
        String cc = f[8];
        String pop = f[14].isEmpty() ? "0" : f[14];
        switch (kind) {
            case "C" -> {
                aliases.addAll(shipped.countryNames.getOrDefault(cc, Set.of()));
                w.println(String.join("\t", "C", cc, f[2], f[4], f[5], String.join("|", aliases), pop));
                counts[2]++;
            }
            case "K" -> w.println(String.join("\t", "K", f[2], f[4], f[5], String.join("|", aliases)));
            case "A", "B" -> {
                if (kind.equals("A")) {
                    aliases.addAll(shipped.regionNames.getOrDefault(cc + "." + f[10], Set.of()));
                }
                w.println(String.join("\t", kind, cc, f[10], f[2], f[4], f[5], String.join("|", aliases), pop));
                counts[1]++;
            }
            default -> {
                w.println(String.join("\t", "P", f[0], f[2], f[4], f[5], f[7], cc, f[10], pop, String.join("|", aliases)));
                counts[0]++;
            }
        }
    }

    /** The row kind a dump record becomes, or null when it is not kept. */
    static String kind(String[] f) {
        if (f.length < 15) {
            return null;
        }
        return switch (f[6]) {
            case "P" -> "P";
            case "A" -> switch (f[7]) {
                case "PCLI", "PCLD", "PCLF", "PCLS", "PCL", "PCLIX" -> "C";
                case "ADM1" -> "A";
                case "ADM2" -> "B";
                default -> null;
            };
            case "L" -> f[7].equals("CONT") ? "K" : null;
            default -> null;
        };
    }

    private static void alternate(String[] f, Set<Integer> kept, Map<Integer, Set<String>> names) {
        if (f.length < 4 || SKIPPED_LANGUAGES.contains(f[2]) || f.length > 7 && "1".equals(f[7])) {
            return;
        }
        int id = Integer.parseInt(f[1]);
        if (kept.contains(id) && (latin(f[3]) || arabicScript(f[3]))) {
            String key = NameKey.of(f[3]);
            if (key.length() >= 2) {
                names.computeIfAbsent(id, k -> new LinkedHashSet<>(2)).add(key);
            }
        }
    }

    private static boolean latin(String s) {
        return s.codePoints().allMatch(c -> c < 0x250 || Character.getType(c) == Character.NON_SPACING_MARK);
    }

    /** A name written in the Arabic script only (fa, ar, ps, ur... names): kept as its {@link NameKey}. */
    static boolean arabicScript(String s) {
        return ArabicLetters.hasArabic(s) && s.chars().allMatch(c -> !Character.isLetter(c) || ArabicLetters.isArabicLetter(ArabicLetters.fold((char) c)));
    }

    /** Calls {@code row} with the tab-separated fields of every line of the first .txt entry of a zip archive. */
    static void each(Path zip, Consumer<String[]> row) throws IOException {
        try (ZipInputStream z = new ZipInputStream(Files.newInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e; (e = z.getNextEntry()) != null; ) {
                if (e.getName().endsWith(".txt") && !e.getName().toLowerCase().contains("readme")) {
                    BufferedReader r = new BufferedReader(new InputStreamReader(z, StandardCharsets.UTF_8), 1 << 16);
                    for (String line; (line = r.readLine()) != null; ) {
                        if (!line.isEmpty() && !line.startsWith("#")) {
                            row.accept(line.split("\t", -1));
                        }
                    }
                    return;
                }
            }
        }
        throw new IOException("no .txt file in " + zip);
    }

    /** Country names and demonyms, Arabic-script names of regions ("cc.admin1"), and abbreviation rows, of the shipped file. */
    private record Shipped(Map<String, Set<String>> countryNames, Map<String, Set<String>> regionNames, java.util.List<String> abbreviations) {
        static Shipped read() {
            Map<String, Set<String>> names = new HashMap<>();
            Map<String, Set<String>> regions = new HashMap<>();
            java.util.List<String> abbreviations = new java.util.ArrayList<>();
            try (InputStream in = GeoNamesImporter.class.getResourceAsStream("/geo/gazetteer.tsv.gz");
                 BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    if (line.startsWith("C\t")) {
                        String[] f = line.split("\t", -1);
                        names.put(f[1], new LinkedHashSet<>(java.util.List.of(f[5].split("\\|"))));
                    } else if (line.startsWith("A\t") && ArabicLetters.hasArabic(line)) {
                        String[] f = line.split("\t", -1);
                        for (String a : f[6].split("\\|")) {
                            if (ArabicLetters.hasArabic(a)) {
                                regions.computeIfAbsent(f[1] + "." + f[2], k -> new LinkedHashSet<>()).add(a);
                            }
                        }
                    } else if (line.startsWith("Q\t")) {
                        abbreviations.add(line);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new Shipped(names, regions, abbreviations);
        }
    }
}
