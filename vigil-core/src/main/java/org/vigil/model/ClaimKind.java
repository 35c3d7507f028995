package org.vigil.model;

/** What a figure counts. */
public enum ClaimKind {
    KILLED, INJURED, ARRESTED, DETAINED, DISAPPEARED, PARTICIPANTS;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static ClaimKind parse(String s) {
        return valueOf(s.trim().toUpperCase(java.util.Locale.ROOT));
    }
}
