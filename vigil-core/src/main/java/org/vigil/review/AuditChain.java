package org.vigil.review;

import java.util.List;
import java.util.Optional;

/** The hash chain of the review log: each row's hash covers the previous row's hash and the row itself. */
public final class AuditChain {
    /** The previous hash of the first row. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    /** The entry with its previous hash and its own hash filled in. */
    public static LogEntry seal(LogEntry e, long seq, String previousHash) {
        LogEntry withPrev = new LogEntry(seq, e.at(), e.actor(), e.operation(), e.target(), e.field(), e.before(),
                e.after(), e.reason(), e.client(), previousHash, null);
        return new LogEntry(seq, e.at(), e.actor(), e.operation(), e.target(), e.field(), e.before(), e.after(),
                e.reason(), e.client(), previousHash, hash(withPrev));
    }

    /** The first row that breaks the chain (changed, reordered, or a row missing before it), or empty. */
    public static Optional<String> verify(List<LogEntry> rows) {
        String previous = GENESIS;
        long seq = 0;
        for (LogEntry r : rows) {
            if (r.seq() != seq + 1) {
                return Optional.of("row " + r.seq() + ": expected row " + (seq + 1) + " (a row is missing)");
            }
            if (!r.previousHash().equals(previous)) {
                return Optional.of("row " + r.seq() + ": its previous hash is not the hash of row " + seq);
            }
            if (!hash(r).equals(r.hash())) {
                return Optional.of("row " + r.seq() + ": its content does not match its hash (the row was changed)");
            }
            previous = r.hash();
            seq = r.seq();
        }
        return Optional.empty();
    }

    static String hash(LogEntry e) {
        String row = String.join("\u001f", e.previousHash(), Long.toString(e.seq()), n(e.at()), n(e.actor()),
                n(e.operation()), n(e.target()), n(e.field()), n(e.before()), n(e.after()), n(e.reason()), n(e.client()));
        return Hashes.sha256(row);
    }

    private static String n(String s) {
        return s == null ? "\u0000" : s;
    }
}
