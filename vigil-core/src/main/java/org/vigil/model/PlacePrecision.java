package org.vigil.model;

/** How precisely a place is known: a site inside a city, the city, a first-level region, a country. */
public enum PlacePrecision {
    SITE, CITY, ADMIN1, COUNTRY, UNKNOWN;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
