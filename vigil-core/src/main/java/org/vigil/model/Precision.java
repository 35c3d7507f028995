package org.vigil.model;

/** How precisely a date is known. Ordered from finest to coarsest. */
public enum Precision {
    DAY, WEEK, MONTH, YEAR;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
