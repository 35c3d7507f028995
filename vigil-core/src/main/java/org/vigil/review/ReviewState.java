package org.vigil.review;

/** Where an event stands in review: {@code auto} (machine only) -> {@code in_review} -> verified | rejected | merged. */
public enum ReviewState {
    AUTO, IN_REVIEW, VERIFIED, REJECTED, MERGED;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The state a code names ({@code "in_review"}), or a {@link ReviewException} naming the codes. */
    public static ReviewState of(String code) {
        for (ReviewState s : values()) {
            if (s.code().equals(code)) {
                return s;
            }
        }
        throw ReviewException.badValue("state", code, "auto, in_review, verified, rejected, merged");
    }
}
