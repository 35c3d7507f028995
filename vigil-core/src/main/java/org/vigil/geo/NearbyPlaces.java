package org.vigil.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Reverse geocoding over a gazetteer's populated places: the place a point picked on a map lies in or near. The
 * places are held sorted by latitude, so a query reads only the band of latitudes within {@link #REGION_KM} of the
 * point (a binary search, then a few thousand distances at most).
 *
 * <p>The choice, in order: the most populous place whose estimated built-up radius covers the point (a disc of
 * population / {@link #DENSITY} square kilometres, at most {@link #NEAR_KM}); else the nearest place within
 * {@link #NEAR_KM}; else the first-level region of the nearest place (its country when the region is unknown) if that
 * place is within {@link #REGION_KM}; else nothing. The gazetteer has no coastlines or borders: a point at sea near a
 * coast gets the coast's region, one far out gets nothing.
 */
public final class NearbyPlaces {
    /** The farthest a point may be from a populated place that is given as its place, in kilometres. */
    public static final double NEAR_KM = 25;
    /** The farthest a point may be from a populated place for it to get that place's region, in kilometres. */
    public static final double REGION_KM = 100;
    /** Assumed built-up density, people per square kilometre: Kazerun's 94,511 people cover a disc of 3.2 km radius. */
    public static final double DENSITY = 3000;
    private static final double EARTH_KM = 6371.0088;
    private static final double KM_PER_DEGREE = Math.PI * EARTH_KM / 180;
    private final Gazetteer gazetteer;
    private final GazetteerEntry[] places;
    private final double[] latitudes;

    /** Indexes the populated places of this gazetteer (none when it cannot list its entries). */
    public NearbyPlaces(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        List<GazetteerEntry> cities = new ArrayList<>();
        for (GazetteerEntry e : gazetteer.entries()) {
            if (e.kind() == GazetteerEntry.Kind.CITY) {
                cities.add(e);
            }
        }
        cities.sort(Comparator.comparingDouble(GazetteerEntry::lat));
        places = cities.toArray(new GazetteerEntry[0]);
        latitudes = new double[places.length];
        for (int i = 0; i < places.length; i++) {
            latitudes[i] = places[i].lat();
        }
    }

    /** Number of populated places indexed. */
    public int size() {
        return places.length;
    }

    /**
     * The place of this point (degrees, WGS84), or empty when no populated place is within {@link #REGION_KM}.
     *
     * @throws IllegalArgumentException when the latitude is outside -90..90 or the longitude outside -180..180
     */
    public Optional<NearbyPlace> at(double lat, double lon) {
        if (!(Math.abs(lat) <= 90) || !(Math.abs(lon) <= 180)) {
            throw new IllegalArgumentException("not a point on Earth: latitude " + lat + ", longitude " + lon);
        }
        Scan s = scan(lat, lon);
        if (s.covering != null) {
            return Optional.of(new NearbyPlace(s.covering, NearbyPlace.Match.COVERS, s.nearest, s.coveringKm, written(s.covering)));
        }
        if (s.nearest == null || s.nearestKm > REGION_KM) {
            return Optional.empty();
        }
        if (s.nearestKm <= NEAR_KM) {
            return Optional.of(new NearbyPlace(s.nearest, NearbyPlace.Match.NEAREST, s.nearest, s.nearestKm, written(s.nearest)));
        }
        return region(s.nearest).map(r -> new NearbyPlace(r, NearbyPlace.Match.REGION, s.nearest, s.nearestKm, written(r)));
    }

    /** The nearest place and the most populous covering one, among the places within {@link #REGION_KM}. */
    private Scan scan(double lat, double lon) {
        double band = REGION_KM / KM_PER_DEGREE;
        double cosBand = Math.cos(Math.toRadians(Math.min(90, Math.abs(lat) + band)));
        Scan s = new Scan();
        for (int i = firstAtOrAbove(lat - band); i < places.length && latitudes[i] <= lat + band; i++) {
            GazetteerEntry e = places[i];
            if (longitudeDegrees(lon, e.lon()) * cosBand * KM_PER_DEGREE > REGION_KM) {
                continue; // too far east or west to matter
            }
            double km = distanceKm(lat, lon, e.lat(), e.lon());
            if (km < s.nearestKm) {
                s.nearest = e;
                s.nearestKm = km;
            }
            if (km <= coverRadiusKm(e.population()) && (s.covering == null || e.population() > s.covering.population())) {
                s.covering = e;
                s.coveringKm = km;
            }
        }
        return s;
    }

    /** What one scan found (mutable, local to {@link #scan}). */
    private static final class Scan {
        GazetteerEntry nearest;
        double nearestKm = Double.MAX_VALUE;
        GazetteerEntry covering;
        double coveringKm;
    }

    /** The estimated radius of a place's built-up area: a disc of population / {@link #DENSITY} km², at most {@link #NEAR_KM}. */
    static double coverRadiusKm(long population) {
        return Math.min(NEAR_KM, Math.sqrt(Math.max(0, population) / (Math.PI * DENSITY)));
    }

    /** Great-circle distance in kilometres (haversine). */
    public static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    /** "Kazerun, Fars, Iran", "Fars province, Iran", "Iran": the place with what a report would add to it. */
    private String written(GazetteerEntry e) {
        GazetteerEntry country = gazetteer.country(e.country());
        String tail = country == null ? "" : ", " + country.name();
        return switch (e.kind()) {
            case COUNTRY, CONTINENT -> e.name();
            case ADMIN1 -> e.name() + (e.name().toLowerCase(java.util.Locale.ROOT).contains("province") ? "" : " province") + tail;
            default -> e.name() + (e.admin1Name() == null || e.admin1Name().equals(e.name()) ? "" : ", " + e.admin1Name()) + tail;
        };
    }

    private Optional<GazetteerEntry> region(GazetteerEntry city) {
        GazetteerEntry r = city.admin1Code() == null ? null : gazetteer.admin1(city.country(), city.admin1Code());
        return Optional.ofNullable(r != null ? r : gazetteer.country(city.country()));
    }

    /** The difference of two longitudes in degrees, across the antimeridian (0..180). */
    private static double longitudeDegrees(double a, double b) {
        double d = Math.abs(a - b) % 360;
        return d > 180 ? 360 - d : d;
    }

    /** The index of the first place at or north of this latitude. */
    private int firstAtOrAbove(double lat) {
        int lo = 0;
        int hi = places.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (latitudes[mid] < lat) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
