package org.vigil.geo;

import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.RandomAccess;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The entries of a gazetteer image as columns, each entry made when first asked for and kept (one instance per
 * entry however many threads ask), so loading makes no objects per place. Read-only.
 */
final class ImageEntries extends AbstractList<GazetteerEntry> implements RandomAccess {
    private static final GazetteerEntry.Kind[] KINDS = GazetteerEntry.Kind.values();
    /** Columns (see {@link GazetteerImage} for the layout). */
    record Columns(int[] ids, int[] nameEnds, byte[] names, int[] lat, int[] lon, double[] latRaw, double[] lonRaw,
                   double scale, byte[] kinds, char[] features, char[] countries, char[] admin1Codes, char[] admin1Names,
                   int[] population, String[] codes) {
    }

    private final Columns c;
    private final AtomicReferenceArray<GazetteerEntry> made;

    ImageEntries(Columns columns) {
        this.c = columns;
        this.made = new AtomicReferenceArray<>(columns.ids().length);
    }

    @Override
    public GazetteerEntry get(int i) {
        GazetteerEntry e = made.get(i);
        if (e == null) {
            e = make(i);
            if (!made.compareAndSet(i, null, e)) {
                e = made.get(i);
            }
        }
        return e;
    }

    private GazetteerEntry make(int i) {
        int start = i == 0 ? 0 : c.nameEnds()[i - 1];
        String name = new String(c.names(), start, c.nameEnds()[i] - start, StandardCharsets.UTF_8);
        double lat = c.latRaw() != null ? c.latRaw()[i] : c.lat()[i] / c.scale();
        double lon = c.lonRaw() != null ? c.lonRaw()[i] : c.lon()[i] / c.scale();
        return new GazetteerEntry(c.ids()[i] < 0 ? null : (long) c.ids()[i], name, lat, lon, KINDS[c.kinds()[i]],
                code(c.features()[i]), code(c.countries()[i]), code(c.admin1Codes()[i]), code(c.admin1Names()[i]),
                c.population()[i]);
    }

    /** A code of the table; {@link GazetteerImage#NONE} for null. */
    private String code(char i) {
        return i == GazetteerImage.NONE ? null : c.codes()[i];
    }

    @Override
    public int size() {
        return c.ids().length;
    }
}
