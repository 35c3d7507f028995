package org.vigil.time;

/** What a rule makes of its match: type, TimeML value, optional mod and the calendar point (null if none). */
record Resolution(TimexType type, String value, String mod, TimePoint point) {
    static Resolution date(TimePoint p, String unknown) {
        return p == null ? new Resolution(TimexType.DATE, unknown, null, null) : new Resolution(TimexType.DATE, p.value(), null, p);
    }

    static Resolution of(TimexType type, String value) {
        return new Resolution(type, value, null, null);
    }

    Resolution withMod(String m) {
        return new Resolution(type, value, m, point);
    }

    Resolution withType(TimexType t) {
        return new Resolution(t, value, mod, point);
    }
}
