package org.vigil.review;

/** A reviewer's finding on one claim: its quote checked against the source, or the claim found wrong. */
public enum ClaimState {
    UNREVIEWED, QUOTE_CONFIRMED, MISATTRIBUTED, DISPUTED, RETRACTED;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static ClaimState of(String code) {
        for (ClaimState s : values()) {
            if (s.code().equals(code)) {
                return s;
            }
        }
        throw ReviewException.badValue("claim state", code, "unreviewed, quote_confirmed, misattributed, disputed, retracted");
    }
}
