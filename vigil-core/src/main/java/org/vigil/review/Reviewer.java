package org.vigil.review;

/** Who acts: a user with a role, or the pipeline ({@code pipeline@VERSION}), and through which client. */
public record Reviewer(String name, Role role, String client) {
    public static Reviewer pipeline(String version) {
        return new Reviewer("pipeline@" + version, Role.ADMIN, "pipeline");
    }
}
