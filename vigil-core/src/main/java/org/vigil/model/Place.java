package org.vigil.model;

/**
 * A resolved place: GeoNames ASCII name, the name as written in the text, geonameid, coordinates,
 * first-level region, ISO 3166-1 alpha-2 country, precision.
 */
public record Place(String name, String nameAsWritten, Long geonameId, double lat, double lon,
                    String admin1, String country, PlacePrecision precision) {

    public Place withPrecision(PlacePrecision p, String asWritten) {
        return new Place(name, asWritten, geonameId, lat, lon, admin1, country, p);
    }

    /** Great-circle distance in kilometres. */
    public double distanceKm(Place o) {
        return distanceKm(lat, lon, o.lat, o.lon);
    }

    public static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 6371.0 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
    }
}
