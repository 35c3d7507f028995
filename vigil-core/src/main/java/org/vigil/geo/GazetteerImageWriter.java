package org.vigil.geo;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes the binary image {@link GazetteerImage} reads. Run at build time (vigil-core's process-classes phase)
 * on the shipped TSV: {@code GazetteerImageWriter IN.tsv.gz OUT.bin}. The bytes depend only on the gazetteer:
 * codes are numbered in the order first met, map keys are written sorted. Coordinates are written as ints in
 * units of 1e-6 degree only when each reads back as the very double the TSV gave.
 */
public final class GazetteerImageWriter {
    private static final double SCALE = 1e6;
    private final Map<String, Integer> numbers = new HashMap<>();
    private final List<byte[]> codes = new ArrayList<>();

    private GazetteerImageWriter() {
    }

    /** Writes the image of the TSV gazetteer {@code args[0]} to {@code args[1]}. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: GazetteerImageWriter IN.tsv.gz OUT.bin");
        }
        Path in = Path.of(args[0]);
        Path out = Path.of(args[1]);
        GeoNamesGazetteer g;
        try (InputStream s = Files.newInputStream(in)) {
            g = GeoNamesGazetteer.load(s);
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
        Files.write(tmp, image(g));
        Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** The image of a gazetteer. */
    public static byte[] image(GeoNamesGazetteer g) {
        try {
            return new GazetteerImageWriter().write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // writing to memory
        }
    }

    private byte[] write(GeoNamesGazetteer g) throws IOException {
        List<GazetteerEntry> entries = g.entries;
        Map<GazetteerEntry, Integer> at = new IdentityHashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            at.put(entries.get(i), i);
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream(1 << 24);
        DataOutputStream d = new DataOutputStream(body);
        writeEntries(d, entries);
        writeMap(d, g.countries, at);
        writeMap(d, g.admin1, at);
        writeMap(d, g.abbreviations, at);
        writeIndex(d, g.exact);
        writeIndex(d, g.variants);
        d.writeInt(GazetteerImage.MAGIC);
        d.flush();
        ByteArrayOutputStream all = new ByteArrayOutputStream(body.size() + (1 << 16));
        DataOutputStream h = new DataOutputStream(all);
        h.writeInt(GazetteerImage.MAGIC);
        h.writeInt(GazetteerImage.VERSION);
        writeStrings(h, codes);
        h.flush();
        body.writeTo(all);
        return all.toByteArray();
    }

    private void writeEntries(DataOutputStream d, List<GazetteerEntry> es) throws IOException {
        d.writeInt(es.size());
        for (GazetteerEntry e : es) {
            d.writeInt(e.geonameId() == null ? -1 : fits(e.geonameId(), "geonameid", e));
        }
        List<byte[]> names = new ArrayList<>(es.size());
        es.forEach(e -> names.add(e.name().getBytes(StandardCharsets.UTF_8)));
        writeStrings(d, names);
        writeCoordinates(d, es);
        for (GazetteerEntry e : es) {
            d.writeByte(e.kind().ordinal());
        }
        List<java.util.function.Function<GazetteerEntry, String>> columns = List.of(GazetteerEntry::featureCode,
                GazetteerEntry::country, GazetteerEntry::admin1Code, GazetteerEntry::admin1Name);
        for (java.util.function.Function<GazetteerEntry, String> column : columns) {
            for (GazetteerEntry e : es) {
                d.writeChar(code(column.apply(e)));
            }
        }
        for (GazetteerEntry e : es) {
            d.writeInt(fits(e.population(), "population", e));
        }
    }

    /** As ints in units of 1e-6 degree when every one reads back as the very same double, else as doubles. */
    private static void writeCoordinates(DataOutputStream d, List<GazetteerEntry> es) throws IOException {
        boolean scaled = es.stream().allMatch(e -> exact(e.lat()) && exact(e.lon()));
        d.writeDouble(scaled ? SCALE : 0);
        for (boolean lat : new boolean[] {true, false}) {
            for (GazetteerEntry e : es) {
                double x = lat ? e.lat() : e.lon();
                if (scaled) {
                    d.writeInt((int) Math.round(x * SCALE));
                } else {
                    d.writeDouble(x);
                }
            }
        }
    }

    private static boolean exact(double x) {
        return Math.abs(x) <= 1000 && Double.compare(Math.round(x * SCALE) / SCALE, x) == 0;
    }

    private static int fits(long v, String what, GazetteerEntry e) {
        if (v < 0 || v > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("cannot write a gazetteer image: " + what + " " + v + " of " + e.name()
                    + " is out of range");
        }
        return (int) v;
    }

    private void writeMap(DataOutputStream d, Map<String, GazetteerEntry> m, Map<GazetteerEntry, Integer> at) throws IOException {
        TreeMap<String, GazetteerEntry> sorted = new TreeMap<>(m);
        d.writeInt(sorted.size());
        for (String k : sorted.keySet()) {
            d.writeChar(code(k));
        }
        for (GazetteerEntry e : sorted.values()) {
            Integer i = at.get(e);
            if (i == null) {
                throw new IllegalStateException("a map names a place the gazetteer does not hold: " + e);
            }
            d.writeInt(i);
        }
    }

    private static void writeIndex(DataOutputStream d, GeoNamesGazetteer.Index index) throws IOException {
        long[] keys = index.keys();
        int[] targets = index.targets();
        d.writeInt(keys.length);
        for (long k : keys) {
            d.writeLong(k);
        }
        for (int t : targets) {
            d.writeInt(t);
        }
    }

    private static void writeStrings(DataOutputStream d, List<byte[]> strings) throws IOException {
        d.writeInt(strings.size());
        int end = 0;
        for (byte[] s : strings) {
            end += s.length;
            d.writeInt(end);
        }
        d.writeInt(end);
        for (byte[] s : strings) {
            d.write(s);
        }
    }

    /** The code's index in the code table, numbered in the order first met. */
    private char code(String s) {
        if (s == null) {
            return GazetteerImage.NONE;
        }
        Integer i = numbers.computeIfAbsent(s, k -> {
            codes.add(k.getBytes(StandardCharsets.UTF_8));
            return codes.size() - 1;
        });
        if (i >= GazetteerImage.NONE) {
            throw new IllegalArgumentException("cannot write a gazetteer image: more than " + (int) GazetteerImage.NONE + " codes");
        }
        return (char) i.intValue();
    }
}
