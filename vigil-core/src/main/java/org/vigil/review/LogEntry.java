package org.vigil.review;

/**
 * One row of the append-only review log: who did what to which target, the value before and after, why, and from
 * which client. {@code hash} is SHA-256 over the previous row's hash and this row's fields, so a changed or removed
 * row breaks the chain ({@link AuditChain#verify}).
 */
public record LogEntry(long seq, String at, String actor, String operation, String target, String field,
                       String before, String after, String reason, String client, String previousHash, String hash) {
}
