package org.vigil.evidence;

import java.time.Instant;
import java.util.List;

/**
 * A witness's submission as recorded: its id (also the anonymous claimant its figures are attributed to), the
 * document its text became, when it arrived, the time and place the witness gave (place as typed and/or the
 * coordinates picked on the map), what the witness consented to and when, how it came (a submission key, or a
 * team member's account), and its files by SHA-256 in the order sent. The contact is not here: the store keeps it in a table of its own that nothing public reads.
 */
public record Submission(String id, String documentId, Instant receivedAt, String timeGiven, String placeGiven,
                         Double latitude, Double longitude, String consent, Instant consentedAt, String receivedVia,
                         List<SubmittedFile> files) {
    public Submission {
        files = List.copyOf(files);
    }

    /** One file of a submission: its SHA-256 and the name the sender gave it. */
    public record SubmittedFile(String sha256, String fileName) {
    }

    /** The publisher and claimant its document carries: "witness sub-..." (stable, and names nobody). */
    public String claimant() {
        return "witness " + id;
    }
}
