package org.vigil.geo;

/**
 * One place of the gazetteer: a populated place (with its GeoNames id), a first-level region (placed at its
 * capital) or a country (placed at its capital). Region and country rows carry no geonameid.
 */
public record GazetteerEntry(Long geonameId, String name, double lat, double lon, Kind kind, String featureCode,
                             String country, String admin1Code, String admin1Name, long population) {
    public enum Kind { CITY, ADMIN1, COUNTRY }
}
