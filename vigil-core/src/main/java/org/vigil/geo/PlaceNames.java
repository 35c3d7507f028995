package org.vigil.geo;

import java.util.Comparator;
import java.util.Optional;
import org.vigil.model.Place;
import org.vigil.model.PlacePrecision;

/** A place named by a person (a reviewer's pin): the gazetteer's entry of that name, in the country given if any, the most populous first. */
public final class PlaceNames {
    private PlaceNames() {
    }

    public static Optional<Place> resolve(Gazetteer gazetteer, String name, String country) {
        return gazetteer.lookup(NameKey.of(name)).stream()
                .filter(e -> country == null || e.country().equalsIgnoreCase(country))
                .max(Comparator.comparingInt((GazetteerEntry e) -> e.kind() == GazetteerEntry.Kind.COUNTRY ? 2 : 0)
                        .thenComparingLong(GazetteerEntry::population).thenComparing(GazetteerEntry::name))
                .map(e -> new Place(e.name(), name, e.geonameId(), e.lat(), e.lon(), e.admin1Name(), e.country(),
                        switch (e.kind()) {
                            case COUNTRY, CONTINENT -> PlacePrecision.COUNTRY;
                            case ADMIN1, ADMIN2 -> PlacePrecision.ADMIN1;
                            case CITY -> PlacePrecision.CITY;
                        }));
    }
}
