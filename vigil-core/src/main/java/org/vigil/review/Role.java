package org.vigil.review;

/** What a user may do: a viewer reads, a coder edits and comments, a reviewer verifies, rejects, merges and splits, an admin manages users. */
public enum Role {
    VIEWER, CODER, REVIEWER, ADMIN;

    public boolean atLeast(Role other) {
        return ordinal() >= other.ordinal();
    }

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Role of(String code) {
        for (Role r : values()) {
            if (r.code().equals(code)) {
                return r;
            }
        }
        throw ReviewException.badValue("role", code, "viewer, coder, reviewer, admin");
    }
}
