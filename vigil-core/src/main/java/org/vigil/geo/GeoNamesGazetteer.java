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
 * so the world's cities fit in a few tens of megabytes and a lookup is a binary search.
 */
public final class GeoNamesGazetteer implements Gazetteer {
    private static volatile GeoNamesGazetteer shipped;
    private final List<GazetteerEntry> entries = new ArrayList<>();
    private final Map<String, GazetteerEntry> countries = new HashMap<>();
    private final Map<String, GazetteerEntry> admin1 = new HashMap<>();
    private final Map<String, GazetteerEntry> abbreviations = new HashMap<>();
    private final Map<String, String> codes = new HashMap<>();
    private long[] keys = new long[1 << 16];
    private int[] targets = new int[1 << 16];
    private int size;

    /** The gazetteer shipped with Vigil, loaded once. */
    public static GeoNamesGazetteer shipped() {
        GeoNamesGazetteer g = shipped;
        if (g == null) {
            synchronized (GeoNamesGazetteer.class) {
                if (shipped == null) {
                    shipped = load(GeoNamesGazetteer.class.getResourceAsStream("/geo/gazetteer.tsv.gz"));
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

    /** Adds an entry under its own name and these folded alternate names. */
    void add(GazetteerEntry e, String[] aliases) {
        int idx = entries.size();
        entries.add(e);
        String own = NameKey.of(e.name());
        index(own, idx);
        for (String a : aliases) {
            if (!a.isEmpty() && !a.equals(own)) {
                index(a, idx);
            }
        }
    }

    /** One copy of each feature, country and region code however many places share it. */
    private String shared(String s) {
        return codes.computeIfAbsent(s, k -> k);
    }

    private static double num(String s) {
        return Double.parseDouble(s);
    }

    private void index(String key, int idx) {
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
            targets = Arrays.copyOf(targets, size * 2);
        }
        keys[size] = NameKey.hash(key);
        targets[size] = idx;
        size++;
    }

    void sortIndex() {
        IndexSort.sortPairs(keys, targets, size);
    }

    @Override
    public List<GazetteerEntry> lookup(String key) {
        long h = NameKey.hash(key);
        int i = Arrays.binarySearch(keys, 0, size, h);
        if (i < 0) {
            return List.of();
        }
        while (i > 0 && keys[i - 1] == h) {
            i--;
        }
        List<GazetteerEntry> out = new ArrayList<>(2);
        for (; i < size && keys[i] == h; i++) {
            GazetteerEntry e = entries.get(targets[i]);
            if (!contains(out, e)) {
                out.add(e);
            }
        }
        return out;
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
    public int size() {
        return entries.size();
    }
}
