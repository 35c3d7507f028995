package org.vigil.store;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;
import org.vigil.review.AuditChain;
import org.vigil.review.ClaimState;
import org.vigil.review.EventReview;
import org.vigil.review.LogEntry;
import org.vigil.review.ReviewChange;
import org.vigil.review.ReviewStore;
import org.vigil.review.Role;
import org.vigil.review.User;

/** The review tables of the SQL store, on the store's own connection and under its lock. */
final class SqlReviewStore implements ReviewStore {
    private final Handle h;
    private final Object lock;
    private final Function<String, String> q;
    private final Function<String, Optional<String>> optional;

    SqlReviewStore(Handle h, Object lock, Function<String, String> q, Function<String, Optional<String>> optional) {
        this.h = h;
        this.lock = lock;
        this.q = q;
        this.optional = optional;
    }

    @Override
    public Optional<EventReview> review(String eventId) {
        synchronized (lock) {
            return h.createQuery(q.apply("select_review")).bind("id", eventId).mapTo(String.class).findOne()
                    .map(r -> Json.read(r, EventReview.class));
        }
    }

    @Override
    public List<EventReview> reviews() {
        synchronized (lock) {
            return h.createQuery(q.apply("select_reviews")).mapTo(String.class).list().stream()
                    .map(r -> Json.read(r, EventReview.class)).toList();
        }
    }

    @Override
    public Map<String, String> placements() {
        synchronized (lock) {
            return pairs(h, "select_placements");
        }
    }

    /** Mention id to event id, from a two-column query. */
    Map<String, String> pairs(Handle handle, String query) {
        Map<String, String> out = new HashMap<>();
        handle.createQuery(q.apply(query)).map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    @Override
    public Map<String, ClaimState> claimStates() {
        synchronized (lock) {
            Map<String, ClaimState> out = new HashMap<>();
            pairs(h, "select_claim_reviews").forEach((k, v) -> out.put(k, ClaimState.of(v)));
            return out;
        }
    }

    @Override
    public List<User> users() {
        synchronized (lock) {
            return h.createQuery(q.apply("select_users")).map(SqlReviewStore::user).list();
        }
    }

    @Override
    public Optional<User> userByTokenHash(String tokenHash) {
        synchronized (lock) {
            return h.createQuery(q.apply("select_user_by_token")).bind("hash", tokenHash).map(SqlReviewStore::user).findOne();
        }
    }

    private static User user(java.sql.ResultSet rs, StatementContext ctx) throws java.sql.SQLException {
        return new User(rs.getString(1), Role.of(rs.getString(2)), rs.getString(3), rs.getString(4));
    }

    @Override
    public List<LogEntry> log() {
        synchronized (lock) {
            return h.createQuery(q.apply("select_log")).map(SqlReviewStore::entry).list();
        }
    }

    @Override
    public List<LogEntry> log(String target) {
        synchronized (lock) {
            return h.createQuery(q.apply("select_log_target")).bind("target", target).map(SqlReviewStore::entry).list();
        }
    }

    private static LogEntry entry(java.sql.ResultSet rs, StatementContext ctx) throws java.sql.SQLException {
        return new LogEntry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11),
                rs.getString(12));
    }

    @Override
    public void commit(ReviewChange c) {
        synchronized (lock) {
            h.useTransaction(t -> {
                for (EventReview r : c.reviews()) {
                    t.createUpdate(q.apply("upsert_review")).bind("id", r.eventId()).bind("state", r.state().code())
                            .bind("mergedInto", r.mergedInto()).bind("record", Json.write(r)).execute();
                }
                c.placements().forEach((m, e) -> {
                    if (e == null) {
                        t.createUpdate(q.apply("delete_placement")).bind("mentionId", m).execute();
                    } else {
                        t.createUpdate(q.apply("upsert_placement")).bind("mentionId", m).bind("eventId", e).execute();
                    }
                });
                c.claimStates().forEach((k, s) -> t.createUpdate(q.apply("upsert_claim_review")).bind("key", k)
                        .bind("state", s.code()).execute());
                for (User u : c.users()) {
                    t.createUpdate(q.apply("upsert_user")).bind("name", u.name()).bind("role", u.role().code())
                            .bind("tokenHash", u.tokenHash()).bind("createdAt", u.createdAt()).execute();
                }
                append(t, c.entries());
            });
        }
    }

    @Override
    public Map<String, Boolean> copyJudgements() {
        synchronized (lock) {
            return copyJudgements(h);
        }
    }

    Map<String, Boolean> copyJudgements(Handle handle) {
        Map<String, Boolean> out = new HashMap<>();
        handle.createQuery(q.apply("select_copy_judgements")).map((rs, ctx) -> Map.entry(rs.getString(1), rs.getInt(2) == 1))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    @Override
    public void judgeCopies(String pair, Boolean isCopy, LogEntry entry) {
        synchronized (lock) {
            h.useTransaction(t -> {
                if (isCopy == null) {
                    t.createUpdate(q.apply("delete_copy_judgement")).bind("pair", pair).execute();
                } else {
                    t.createUpdate(q.apply("upsert_copy_judgement")).bind("pair", pair).bind("isCopy", isCopy ? 1 : 0).execute();
                }
                append(t, List.of(entry));
            });
        }
    }

    @Override
    public List<org.vigil.review.Coding> codings() {
        synchronized (lock) {
            return h.createQuery(q.apply("select_codings")).map((rs, ctx) -> new org.vigil.review.Coding(rs.getString(1),
                    rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5))).list();
        }
    }

    @Override
    public void code(org.vigil.review.Coding c, LogEntry entry) {
        synchronized (lock) {
            h.useTransaction(t -> {
                t.createUpdate(q.apply("upsert_coding")).bind("eventId", c.eventId()).bind("coder", c.coder())
                        .bind("field", c.field()).bind("value", c.value()).bind("at", c.at()).execute();
                append(t, List.of(entry));
            });
        }
    }

    @Override
    public List<org.vigil.review.Release> releases() {
        synchronized (lock) {
            return h.createQuery(q.apply("select_releases")).map((rs, ctx) -> new Object[] {rs.getString(1), rs.getInt(2),
                    rs.getString(3), rs.getLong(4)}).list().stream().map(r -> {
                        Map<String, byte[]> files = new java.util.TreeMap<>();
                        h.createQuery(q.apply("select_release_files")).bind("release", (String) r[0])
                                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getBytes(2))).forEach(e -> files.put(e.getKey(), e.getValue()));
                        return new org.vigil.review.Release((String) r[0], (Integer) r[1], (String) r[2], (Long) r[3], files);
                    }).toList();
        }
    }

    @Override
    public void saveRelease(org.vigil.review.Release r, LogEntry entry) {
        synchronized (lock) {
            h.useTransaction(t -> {
                t.createUpdate(q.apply("insert_release")).bind("name", r.name()).bind("number", r.number())
                        .bind("createdAt", r.createdAt()).bind("logSeq", r.logSeq()).execute();
                r.files().forEach((f, bytes) -> t.createUpdate(q.apply("insert_release_file")).bind("release", r.name())
                        .bind("file", f).bind("content", bytes).execute());
                append(t, List.of(entry));
            });
        }
    }

    private void append(Handle t, List<LogEntry> entries) {
        // another process may append at once: where the database lets two writers read the last row, lock first
        optional.apply("lock_log").ifPresent(t::execute);
        var last = t.createQuery(q.apply("select_log_last")).map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getString(2))).findOne();
        long seq = last.map(Map.Entry::getKey).orElse(0L);
        String previous = last.map(Map.Entry::getValue).orElse(AuditChain.GENESIS);
        for (LogEntry e : entries) {
            LogEntry s = AuditChain.seal(e, ++seq, previous);
            t.createUpdate(q.apply("insert_log")).bind("seq", s.seq()).bind("at", s.at()).bind("actor", s.actor())
                    .bind("operation", s.operation()).bind("target", s.target()).bind("field", s.field())
                    .bind("before", s.before()).bind("after", s.after()).bind("reason", s.reason())
                    .bind("client", s.client()).bind("previousHash", s.previousHash()).bind("hash", s.hash()).execute();
            previous = s.hash();
        }
    }
}
