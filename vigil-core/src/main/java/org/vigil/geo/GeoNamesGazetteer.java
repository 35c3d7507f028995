package org.vigil.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vigil.util.IndexSort;
import java.util.zip.GZIPInputStream;

/**
 * The gazetteer built from the shipped GeoNames file ({@code geo/gazetteer.tsv.gz}, see tools/gazetteer).
 * Names are held as 64-bit hashes of their keys in one sorted array with a parallel array of entry indexes,
 * so the world's cities fit in a few tens of megabytes and a lookup is a binary search. The shipped one is read
 * from its binary image ({@code geo/gazetteer.bin}, written from the TSV at build time by
 * {@link GazetteerImageWriter}, read by {@link GazetteerImage}); {@link #load} reads a user's TSV file.
 */
public final class GeoNamesGazetteer implements Gazetteer {
    private static volatile GeoNamesGazetteer shipped;
    final List<GazetteerEntry> entries;
    final Map<String, GazetteerEntry> countries = new HashMap<>();
    final Map<String, GazetteerEntry> admin1 = new HashMap<>();
    final Map<String, GazetteerEntry> abbreviations = new HashMap<>();
    private final Map<String, String> codes = new HashMap<>();
    final Index exact = new Index();
    final Index variants = new Index();

    GeoNamesGazetteer() {
        this(new ArrayList<>());
    }

    /** A gazetteer over these entries (an image's, decoded as asked), its maps and indexes to be filled. */
    GeoNamesGazetteer(List<GazetteerEntry> entries) {
        this.entries = entries;
    }

    /** The gazetteer shipped with Vigil (its binary image), loaded once; {@link GazetteerImageException} when unreadable. */
    public static GeoNamesGazetteer shipped() {
        GeoNamesGazetteer g = shipped;
        if (g == null) {
            synchronized (GeoNamesGazetteer.class) {
                if (shipped == null) {
                    shipped = GazetteerImage.shipped();
                }
                g = shipped;
            }
        }
        return g;
    }

    /** Reads a gazetteer file (gzip, the converter's row format). */
    public static GeoNamesGazetteer load(InputStream gz) {
        GeoNamesGazetteer g = new GeoNamesGazetteer();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(gz, 1 << 16), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.startsWith("#")) {
                    g.add(line.split("\t", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer", e);
        }
        g.sortIndex();
        return g;
    }

    private void add(String[] f) {
        GazetteerEntry e;
        String aliases;
        switch (f[0]) {
            case "C" -> {
                e = new GazetteerEntry(null, f[2], num(f[3]), num(f[4]), GazetteerEntry.Kind.COUNTRY, "PCLI", f[1], null,
                        null, f.length > 6 ? Long.parseLong(f[6]) : 0);
                countries.put(f[1], e);
                aliases = f[5];
            }
            case "A", "B" -> {
                GazetteerEntry region = admin1.get(f[1] + "." + f[2]);
                boolean adm1 = f[0].equals("A");
                e = new GazetteerEntry(null, f[3], num(f[4]), num(f[5]), adm1 ? GazetteerEntry.Kind.ADMIN1 : GazetteerEntry.Kind.ADMIN2,
                        adm1 ? "ADM1" : "ADM2", f[1], f[2], adm1 ? f[3] : region == null ? null : region.name(),
                        f.length > 7 ? Long.parseLong(f[7]) : 0);
                if (adm1) {
                    admin1.put(f[1] + "." + f[2], e);
                }
                aliases = f[6];
            }
            case "K" -> {
                e = new GazetteerEntry(null, f[1], num(f[2]), num(f[3]), GazetteerEntry.Kind.CONTINENT,
                        f.length > 5 && !f[5].isEmpty() ? f[5] : "CONT", "", null, null, 0);
                aliases = f.length > 4 ? f[4] : "";
            }
            case "Q" -> {
                GazetteerEntry region = admin1.get(f[1] + "." + f[2]);
                if (region != null) {
                    for (String a : f[3].split("\\|")) {
                        abbreviations.put(a, region);
                    }
                }
                return;
            }
            default -> {
                GazetteerEntry region = admin1.get(f[6] + "." + f[7]);
                e = new GazetteerEntry(Long.parseLong(f[1]), f[2], num(f[3]), num(f[4]),
                        GazetteerEntry.Kind.CITY, shared(f[5]), shared(f[6]), shared(f[7]), region == null ? null : region.name(),
                        Long.parseLong(f[8]));
                aliases = f[9];
            }
        }
        add(e, aliases.isEmpty() ? new String[0] : aliases.split("\\|"));
    }

    /** Adds an entry under its own name and these folded alternate names, and their romanisation keys. */
    void add(GazetteerEntry e, String[] aliases) {
        int idx = entries.size();
        entries.add(e);
        String own = NameKey.of(e.name());
        exact.add(own, idx);
        for (String a : aliases) {
            if (!a.isEmpty() && !a.equals(own)) {
                exact.add(a, idx);
            }
        }
        addVariant(own, own, aliases, idx);
        for (String a : aliases) {
            addVariant(a, own, aliases, idx);
        }
    }

    /** Indexes the romanisation key of one name of an entry unless another name of the entry has it already. */
    private void addVariant(String key, String own, String[] aliases, int idx) {
        if (key.isEmpty()) {
            return;
        }
        String v = Romanisation.key(key);
        if (v.equals(key) || v.equals(own) || variants.lastIs(v, idx)) {
            return;
        }
        for (String a : aliases) {
            if (v.equals(a)) {
                return; // the exact index finds it
            }
        }
        variants.add(v, idx);
    }

    /** One copy of each feature, country and region code however many places share it. */
    private String shared(String s) {
        return codes.computeIfAbsent(s, k -> k);
    }

    private static double num(String s) {
        return Double.parseDouble(s);
    }

    void sortIndex() {
        exact.sort();
        variants.sort();
    }

    @Override
    public List<GazetteerEntry> lookup(String key) {
        List<GazetteerEntry> out = new ArrayList<>(2);
        exact.collect(NameKey.hash(key), entries, out);
        return out.isEmpty() ? List.of() : out;
    }

    @Override
    public List<GazetteerEntry> lookupVariant(String key) {
        String v = Romanisation.key(key);
        List<GazetteerEntry> out = new ArrayList<>(2);
        long h = NameKey.hash(v);
        exact.collect(h, entries, out);
        variants.collect(h, entries, out);
        return out.isEmpty() ? List.of() : out;
    }

    /** Hashes of name keys, sorted, with the index of the entry each names: a lookup is a binary search. */
    static final class Index {
        private long[] keys = new long[1 << 16];
        private int[] targets = new int[1 << 16];
        private int size;

        /** Sorted keys and their targets, as {@link #keys()} and {@link #targets()} gave them (from an image). */
        void set(long[] sortedKeys, int[] sortedTargets) {
            keys = sortedKeys;
            targets = sortedTargets;
            size = sortedKeys.length;
        }

        /** The sorted keys (after {@link #sort()}); not copied. */
        long[] keys() {
            return keys;
        }

        int[] targets() {
            return targets;
        }

        void add(String key, int idx) {
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, Math.max(16, size * 2));
                targets = Arrays.copyOf(targets, Math.max(16, size * 2));
            }
            keys[size] = NameKey.hash(key);
            targets[size] = idx;
            size++;
        }

        /** True when the last key added is this one, for this entry (before sorting). */
        boolean lastIs(String key, int idx) {
            return size > 0 && targets[size - 1] == idx && keys[size - 1] == NameKey.hash(key);
        }

        void sort() {
            IndexSort.sortPairs(keys, targets, size);
            keys = Arrays.copyOf(keys, size);
            targets = Arrays.copyOf(targets, size);
        }

        void collect(long h, List<GazetteerEntry> entries, List<GazetteerEntry> out) {
            int i = Arrays.binarySearch(keys, 0, size, h);
            if (i < 0) {
                return;
            }
            while (i > 0 && keys[i - 1] == h) {
                i--;
            }
            for (; i < size && keys[i] == h; i++) {
                GazetteerEntry e = entries.get(targets[i]);
                if (!contains(out, e)) {
                    out.add(e);
                }
            }
        }
    }

    /** {@code list.contains(e)} without comparing every field of entries whose coordinates differ. */
    private static boolean contains(List<GazetteerEntry> list, GazetteerEntry e) {
        for (GazetteerEntry x : list) {
            if (x == e || x.lat() == e.lat() && x.lon() == e.lon() && x.equals(e)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public GazetteerEntry country(String code) {
        return countries.get(code);
    }

    @Override
    public GazetteerEntry admin1(String country, String code) {
        return admin1.get(country + "." + code);
    }

    @Override
    public GazetteerEntry abbreviation(String key) {
        return abbreviations.get(key);
    }

    @Override
    public List<GazetteerEntry> entries() {
        return java.util.Collections.unmodifiableList(entries);
    }

    @Override
    public int size() {
        return entries.size();
    }
}
