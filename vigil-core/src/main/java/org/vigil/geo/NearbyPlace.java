package org.vigil.geo;

import java.util.Locale;

/**
 * What {@link NearbyPlaces} finds at a point: the place it gives the point, how it was chosen, the nearest populated
 * place of the gazetteer and that place's distance from the point in kilometres (great-circle).
 *
 * <p>{@link Match#COVERS}: the point lies within the estimated built-up radius of {@code place} (the most populous
 * such place); {@link Match#NEAREST}: {@code place} is the nearest populated place, within
 * {@link NearbyPlaces#NEAR_KM}; {@link Match#REGION}: no populated place is that near, and {@code place} is the
 * first-level region (or else the country) of the nearest one, within {@link NearbyPlaces#REGION_KM}. {@code written}
 * is the place as a report would write it, for a geoparser to read ("Kazerun, Fars, Iran"; "Bushehr province, Iran").
 */
public record NearbyPlace(GazetteerEntry place, Match match, GazetteerEntry nearest, double distanceKm, String written) {
    /** How the place was chosen. */
    public enum Match { COVERS, NEAREST, REGION }

    /** One line for a person: "Kazerun (Fars, IR), 0.4 km from the point" and the like. */
    public String describe() {
        String km = String.format(Locale.ROOT, "%.1f km", distanceKm);
        return switch (match) {
            case COVERS -> label(place) + ", " + km + " from the point (within its built-up area)";
            case NEAREST -> label(place) + ", the nearest place, " + km + " from the point";
            case REGION -> label(place) + ": no place within " + (int) NearbyPlaces.NEAR_KM + " km; the nearest, "
                    + nearest.name() + ", is " + km + " from the point";
        };
    }

    private static String label(GazetteerEntry e) {
        if (e.kind() == GazetteerEntry.Kind.COUNTRY) {
            return e.name();
        }
        String region = e.kind() == GazetteerEntry.Kind.ADMIN1 || e.admin1Name() == null ? "" : e.admin1Name() + ", ";
        return e.name() + " (" + region + e.country() + ")";
    }
}
