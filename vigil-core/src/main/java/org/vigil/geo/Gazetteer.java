package org.vigil.geo;

import java.util.List;

/** A place-name index: the places a folded name (see {@link NameKey}) may refer to. */
public interface Gazetteer {
    /** Every place whose name or alternate name has this key; empty when none. */
    List<GazetteerEntry> lookup(String key);

    /**
     * Every place one of whose names has the same {@link Romanisation} key as this key ("kazeroon" finds Kazerun,
     * "ghom" Qom); empty when none. Asked only when {@link #lookup} finds nothing.
     */
    default List<GazetteerEntry> lookupVariant(String key) {
        return List.of();
    }

    /** The country with this ISO 3166-1 alpha-2 code, or null. */
    GazetteerEntry country(String code);

    /** The first-level region of a country by its GeoNames admin1 code, or null. */
    GazetteerEntry admin1(String country, String code);

    /** The region an abbreviation written with its final period names ("W.Va." is key "w va"), or null. */
    default GazetteerEntry abbreviation(String key) {
        return null;
    }

    /**
     * Every entry held (places, regions, countries), in no particular order, for indexes over coordinates such as
     * {@link NearbyPlaces}; empty when this gazetteer cannot list its entries.
     */
    default List<GazetteerEntry> entries() {
        return List.of();
    }

    /** Number of places held. */
    int size();
}
