package org.vigil.geo;

/**
 * One place of the gazetteer: a populated place (with its GeoNames id), a first-level region, a county (ADMIN2),
 * a country or a continent, each at its centre. Rows of the shipped file other than places carry no geonameid (an
 * imported GeoNames dump gives every entry its id). Population of a region or country is the sum of its places'.
 */
public record GazetteerEntry(Long geonameId, String name, double lat, double lon, Kind kind, String featureCode,
                             String country, String admin1Code, String admin1Name, long population) {
    public enum Kind { CITY, ADMIN2, ADMIN1, COUNTRY, CONTINENT }
}
