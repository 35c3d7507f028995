package org.vigil.geo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Reads the binary image of a {@link GeoNamesGazetteer} that {@link GazetteerImageWriter} writes at build time
 * ({@code geo/gazetteer.bin} beside the shipped TSV): the same entries, maps and sorted hash indexes, read as whole
 * arrays with no line splitting, name folding or sorting, each entry made only when a lookup first returns it
 * ({@link ImageEntries}). All numbers are big-endian. Layout, in order:
 * <ol>
 *   <li>magic {@code VGZB}, format {@link #VERSION};</li>
 *   <li>the code table (feature, country and admin1 codes, region names, map keys): count, the end offset of each
 *       code in the UTF-8 blob, blob length, blob;</li>
 *   <li>entries, as columns: count; geonameid (int, -1 for none); the names as a table like the codes'; the coordinate scale (double; 0: lat and lon as doubles, else as ints to divide by it); lat;
 *       lon; kind ordinal (byte); feature code, country, admin1 code and admin1 name, each a char indexing the
 *       code table ({@link #NONE} for null); population (int);</li>
 *   <li>the countries, admin1 and abbreviation maps: count, keys (chars indexing the code table), entry indexes;</li>
 *   <li>the exact and variant indexes: size, sorted hash keys, entry indexes;</li>
 *   <li>magic {@code VGZB} again, so a truncated image is told from a whole one.</li>
 * </ol>
 */
public final class GazetteerImage {
    /** The resource the shipped image is read from. */
    public static final String SHIPPED = "/geo/gazetteer.bin";
    static final int MAGIC = 0x56475A42;
    /** Format version; a reader refuses any other. */
    static final int VERSION = 1;
    /** A null code. */
    static final char NONE = '\uffff';

    private GazetteerImage() {
    }

    /** The shipped gazetteer, from its image on the class path. */
    static GeoNamesGazetteer shipped() {
        try (InputStream in = GazetteerImage.class.getResourceAsStream(SHIPPED)) {
            if (in == null) {
                throw new GazetteerImageException(SHIPPED, "missing from the class path (vigil-core's build writes it "
                        + "from the TSV in the compile phase: run mvn -pl vigil-core compile)");
            }
            return read(SHIPPED, in.readAllBytes());
        } catch (IOException e) {
            throw new GazetteerImageException(SHIPPED, "cannot be read", e);
        }
    }

    /** Reads an image; {@code file} names it in errors. */
    public static GeoNamesGazetteer read(String file, byte[] image) {
        ByteBuffer b = ByteBuffer.wrap(image);
        try {
            header(file, b);
            String[] codes = strings(b);
            GeoNamesGazetteer g = new GeoNamesGazetteer(new ImageEntries(columns(b, codes)));
            map(b, codes, g.entries, g.countries);
            map(b, codes, g.entries, g.admin1);
            map(b, codes, g.entries, g.abbreviations);
            index(b, g.entries.size(), g.exact);
            index(b, g.entries.size(), g.variants);
            if (b.remaining() != 4 || b.getInt() != MAGIC) {
                throw new GazetteerImageException(file, "corrupt (no end mark where the image should end)");
            }
            return g;
        } catch (BufferUnderflowException e) {
            throw new GazetteerImageException(file, "truncated (" + image.length + " bytes)", e);
        } catch (IndexOutOfBoundsException | IllegalArgumentException | NegativeArraySizeException e) {
            throw new GazetteerImageException(file, "corrupt (" + e.getMessage() + ")", e);
        }
    }

    private static void header(String file, ByteBuffer b) {
        if (b.remaining() < 8 || b.getInt() != MAGIC) {
            throw new GazetteerImageException(file, "not a gazetteer image (no VGZB mark)");
        }
        int version = b.getInt();
        if (version != VERSION) {
            throw new GazetteerImageException(file, "format version " + version + ", this Vigil reads version "
                    + VERSION + " (rebuild it from the TSV)");
        }
    }

    private static String[] strings(ByteBuffer b) {
        int[] ends = ints(b, b.getInt());
        byte[] blob = bytes(b, b.getInt());
        String[] out = new String[ends.length];
        int start = 0;
        for (int i = 0; i < ends.length; i++) {
            out[i] = new String(blob, start, ends[i] - start, StandardCharsets.UTF_8);
            start = ends[i];
        }
        return out;
    }

    private static ImageEntries.Columns columns(ByteBuffer b, String[] codes) {
        int n = b.getInt();
        int[] ids = ints(b, n);
        int count = b.getInt();
        int[] nameEnds = ints(b, count);
        byte[] names = bytes(b, b.getInt());
        if (count != n || n > 0 && nameEnds[n - 1] != names.length) {
            throw new IllegalArgumentException(count + " names for " + n + " entries");
        }
        double scale = b.getDouble();
        boolean raw = scale == 0;
        double[] latRaw = raw ? doubles(b, n) : null;
        double[] lonRaw = raw ? doubles(b, n) : null;
        int[] lat = raw ? null : ints(b, n);
        int[] lon = raw ? null : ints(b, n);
        return new ImageEntries.Columns(ids, nameEnds, names, lat, lon, latRaw, lonRaw, scale, bytes(b, n),
                chars(b, n, codes), chars(b, n, codes), chars(b, n, codes), chars(b, n, codes), ints(b, n), codes);
    }

    private static void map(ByteBuffer b, String[] codes, List<GazetteerEntry> entries, Map<String, GazetteerEntry> out) {
        int n = b.getInt();
        char[] keys = chars(b, n, codes);
        int[] targets = ints(b, n);
        for (int i = 0; i < n; i++) {
            out.put(codes[keys[i]], entries.get(targets[i]));
        }
    }

    private static void index(ByteBuffer b, int entries, GeoNamesGazetteer.Index out) {
        int n = b.getInt();
        long[] keys = new long[n];
        b.asLongBuffer().get(keys);
        b.position(b.position() + 8 * n);
        int[] targets = ints(b, n);
        for (int t : targets) {
            if (t < 0 || t >= entries) {
                throw new IndexOutOfBoundsException("an index names entry " + t + " of " + entries);
            }
        }
        out.set(keys, targets);
    }

    private static byte[] bytes(ByteBuffer b, int n) {
        byte[] a = new byte[n];
        b.get(a);
        return a;
    }

    private static int[] ints(ByteBuffer b, int n) {
        int[] a = new int[n];
        b.asIntBuffer().get(a);
        b.position(b.position() + 4 * n);
        return a;
    }

    /** Code-table indexes, each checked against the table (NONE allowed). */
    private static char[] chars(ByteBuffer b, int n, String[] codes) {
        char[] a = new char[n];
        b.asCharBuffer().get(a);
        b.position(b.position() + 2 * n);
        for (char c : a) {
            if (c != NONE && c >= codes.length) {
                throw new IndexOutOfBoundsException("code " + (int) c + " of " + codes.length);
            }
        }
        return a;
    }

    private static double[] doubles(ByteBuffer b, int n) {
        double[] a = new double[n];
        b.asDoubleBuffer().get(a);
        b.position(b.position() + 8 * n);
        return a;
    }
}
