package org.vigil.time;

/** The granularity of a calendar value, finest first. */
public enum Grain {
    DAY, WEEKEND, WEEK, MONTH, SEASON, QUARTER, HALF, YEAR, DECADE, CENTURY;

    /** The grain a unit word names ("days" → DAY), or null for clock units and unknown words. */
    public static Grain ofUnit(String unit) {
        String u = unit.toLowerCase(java.util.Locale.ROOT);
        if (u.startsWith("centur")) {
            return CENTURY;
        }
        u = u.endsWith("s") ? u.substring(0, u.length() - 1) : u;
        return switch (u) {
            case "day", "night" -> DAY;
            case "weekend" -> WEEKEND;
            case "week" -> WEEK;
            case "month" -> MONTH;
            case "quarter" -> QUARTER;
            case "year" -> YEAR;
            case "decade" -> DECADE;
            default -> null;
        };
    }
}
