package org.vigil.review;

/**
 * How a team reviews: how long an assignee holds an event's lock, and whether the two-person rule holds (who marks
 * an event verified is not its last editor). Defaults: 30 minutes, off.
 */
public record ReviewPolicy(int lockMinutes, boolean twoPersonRule) {
    public static final ReviewPolicy DEFAULT = new ReviewPolicy(30, false);
}
