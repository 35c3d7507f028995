package org.vigil.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.locator.ClasspathSqlLocator;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.vigil.corpus.CorpusResult;
import org.vigil.model.Analysis;
import org.vigil.model.Claim;
import org.vigil.model.CopyLink;
import org.vigil.model.Document;
import org.vigil.model.Event;
import org.vigil.model.IncidentLink;
import org.vigil.model.Mention;

/**
 * The store on a SQL database, migrated by Flyway and queried through JDBI: the same code for every
 * {@link SqlDialect}, whose statements live in resource files ({@code sql/<dialect>/NAME.sql}).
 */
final class SqlEventStore implements EventStore {
    /** One connection for the store's life: SQLite connections are costly to open, and writes are serial anyway. */
    private final Handle jdbi;
    private final SqlDialect dialect;
    private final ClasspathSqlLocator sql = ClasspathSqlLocator.create();
    private final Map<String, String> statements = new java.util.concurrent.ConcurrentHashMap<>();
    private long maxSpanDays = -1;
    private final SqlReviewStore reviews;
    private final SqlEvidenceStore evidence;

    SqlEventStore(DataSource ds, SqlDialect dialect, String label) {
        this.dialect = dialect;
        try {
            migrate(ds, dialect);
            this.jdbi = Jdbi.create(ds).open();
        } catch (RuntimeException e) {
            throw new StoreException("cannot open store " + label + ": " + firstLine(e), e);
        }
        this.reviews = new SqlReviewStore(jdbi, this, this::q, this::optionalQ);
        this.evidence = new SqlEvidenceStore(jdbi, this, this::q);
    }

    /**
     * Brings the schema up to date. Two processes opening a new SQLite file at once race: the loser's migration reads
     * the schema, then finds the other has written (SQLITE_BUSY_SNAPSHOT, or a table that now exists); it tries
     * again, and then finds the schema migrated. PostgreSQL's Flyway takes a lock itself.
     */
    private static void migrate(DataSource ds, SqlDialect dialect) {
        for (int attempt = 1; ; attempt++) {
            try {
                Flyway.configure().dataSource(ds).locations(dialect.migrations()).load().migrate();
                return;
            } catch (RuntimeException e) {
                String why = firstLine(e).toLowerCase(java.util.Locale.ROOT);
                boolean race = why.contains("locked") || why.contains("busy") || why.contains("already exists");
                if (!race || attempt == 10) {
                    throw e;
                }
                try {
                    Thread.sleep(50L * attempt);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private static String firstLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String why = String.valueOf(root.getMessage()).lines().findFirst().orElse("");
        return why.isEmpty() ? String.valueOf(e.getMessage()).lines().findFirst().orElse("") : why;
    }

    /** Runs one statement of the store's own (a setting such as SQLite's page cap). */
    synchronized void execute(String statement) {
        jdbi.execute(statement);
    }

    @Override
    public org.vigil.review.ReviewStore reviews() {
        return reviews;
    }

    @Override
    public org.vigil.evidence.EvidenceStore evidence() {
        return evidence;
    }

    @Override
    public synchronized org.vigil.corpus.EventIdentity identity() {
        return withHandle(h -> new org.vigil.corpus.EventIdentity(reviews.pairs(h, "select_placements"),
                reviews.pairs(h, "select_memberships"),
                java.util.Set.copyOf(h.createQuery(q("select_retired")).mapTo(String.class).list()), reviews.copyJudgements(h)));
    }

    /**
     * Runs a write; a failure (disk full, read-only file, locked too long) becomes a {@link StoreException} with the
     * database's own reason in one line, after the transaction was rolled back: nothing half-written stays.
     */
    private <T> T writing(java.util.function.Supplier<T> write) {
        try {
            return write.get();
        } catch (org.jdbi.v3.core.JdbiException e) {
            throw new StoreException("cannot write to the store: " + firstLine(e).replaceAll("^\\[SQLITE_[A-Z]+\\]\\s*", ""), e);
        }
    }

    private <T> T withHandle(java.util.function.Function<Handle, T> f) {
        return f.apply(jdbi);
    }

    private String q(String name) {
        return statements.computeIfAbsent(name, n -> sql.locate(exists(dialect.statement(n)) ? dialect.statement(n)
                : SqlDialect.common(n)));
    }

    private static boolean exists(String statement) {
        return SqlEventStore.class.getClassLoader().getResource(statement + ".sql") != null;
    }

    /** A statement only some dialects need (a table lock where the database does not serialise writers itself). */
    private java.util.Optional<String> optionalQ(String name) {
        return exists(dialect.statement(name)) ? java.util.Optional.of(q(name)) : java.util.Optional.empty();
    }

    @Override
    public synchronized boolean contains(String documentId) {
        return withHandle(h -> h.createQuery(q("count_document")).bind("id", documentId).mapTo(Integer.class).one()) > 0;
    }

    @Override
    public synchronized void save(Analysis a) {
        saveAll(List.of(a));
    }

    @Override
    public synchronized List<String> saveAll(List<Analysis> batch) {
        if (batch.isEmpty()) {
            return List.of();
        }
        return writing(() -> jdbi.inTransaction(h -> SqlDocumentWriter.write(h, batch, this::q)));
    }

    @Override
    public synchronized List<String> saveAll(List<Analysis> batch, List<org.vigil.model.Post> posts) {
        if (batch.isEmpty()) {
            return List.of();
        }
        return writing(() -> jdbi.inTransaction(h -> {
            List<String> added = SqlDocumentWriter.write(h, batch, this::q);
            SqlDocumentWriter.writePosts(h, posts, java.util.Set.copyOf(added), this::q);
            return added;
        }));
    }

    @Override
    public synchronized List<org.vigil.model.Post> posts() {
        return withHandle(h -> h.createQuery(q("select_posts")).mapTo(String.class).list()).stream()
                .map(r -> Json.read(r, org.vigil.model.Post.class)).toList();
    }

    @Override
    public synchronized void replaceAnalyses(List<Analysis> batch) {
        jdbi.useTransaction(h -> {
            for (Analysis a : batch) {
                h.createUpdate(q("delete_document")).bind("id", a.document().id()).execute();
            }
            SqlDocumentWriter.write(h, batch, this::q);
        });
    }

    @Override
    public synchronized List<Analysis> analyses() {
        return withHandle(h -> {
            Map<String, List<Mention>> mentions = byDocument(h, "select_all_mentions", Mention.class);
            Map<String, List<Claim>> claims = byDocument(h, "select_all_claims", Claim.class);
            List<Analysis> out = new ArrayList<>();
            for (var row : h.createQuery(q("select_documents")).mapToMap().list()) {
                Document d = Json.read((String) row.get("record"), Document.class)
                        .withClean((String) row.get("clean_text"), null);
                out.add(new Analysis(d, mentions.getOrDefault(d.id(), List.of()), claims.getOrDefault(d.id(), List.of())));
            }
            return out;
        });
    }

    /** One scan of a table of records, grouped by document: no query per document. */
    private <T> Map<String, List<T>> byDocument(Handle h, String query, Class<T> type) {
        Map<String, List<T>> out = new HashMap<>();
        h.createQuery(q(query)).map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
                .forEach(e -> out.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(Json.read(e.getValue(), type)));
        return out;
    }

    private <T> List<T> records(Handle h, String query, String documentId, Class<T> type) {
        return h.createQuery(q(query)).bind("documentId", documentId).mapTo(String.class).list().stream()
                .map(r -> Json.read(r, type)).toList();
    }

    private long maxSpanDays(Handle h) {
        if (maxSpanDays < 0) {
            maxSpanDays = SqlEventQueries.maxSpanDays(h, q("select_max_span_days"));
        }
        return maxSpanDays;
    }

    @Override
    public synchronized void replaceCorpus(CorpusResult result) {
        maxSpanDays = -1;
        writing(() -> jdbi.inTransaction(h -> {
            h.createScript(q("clear_corpus")).execute();
            SqlEventWriter.write(h, result.events(), this::q);
            for (CopyLink c : result.copies()) {
                h.createUpdate(q("insert_copy")).bind("documentA", c.documentA()).bind("documentB", c.documentB())
                        .bind("similarity", c.similarity()).bind("record", Json.write(c)).execute();
            }
            PreparedBatch chains = h.prepareBatch(q("insert_incident_link"));
            for (IncidentLink l : result.chains()) {
                chains.bind("fromEvent", l.fromEventId()).bind("toEvent", l.toEventId()).bind("relation", l.relation())
                        .bind("record", Json.write(l)).add();
            }
            if (chains.size() > 0) {
                chains.execute();
            }
            h.createUpdate(q("upsert_corpus_state")).bind("documents", result.documents()).execute();
            return null;
        }));
    }

    private EventFilterSql filter(Handle h, EventQuery query) {
        return EventFilterSql.of(query, maxSpanDays(h), dialect, this::q);
    }

    @Override
    public synchronized EventPage events(EventQuery query) {
        // one read transaction: the count and the page come from one snapshot, even while another process writes
        return withHandle(h -> h.inTransaction(dialect.snapshotReads(), t -> SqlEventQueries.page(t, filter(t, query), query)));
    }

    @Override
    public synchronized EventStats stats(EventQuery query) {
        return withHandle(h -> h.inTransaction(dialect.snapshotReads(), t -> SqlEventQueries.stats(t, filter(t, query))));
    }

    @Override
    public synchronized Optional<Analysis> analysis(String documentId) {
        return document(documentId).map(d -> withHandle(h -> new Analysis(d,
                records(h, "select_mentions", d.id(), Mention.class), records(h, "select_claims", d.id(), Claim.class))));
    }

    @Override
    public synchronized boolean deleteDocument(String documentId) {
        return withHandle(h -> h.inTransaction(t -> t.createUpdate(q("delete_document")).bind("id", documentId).execute())) > 0;
    }

    @Override
    public synchronized List<Event> events() {
        return withHandle(h -> h.createQuery(q("select_events")).mapTo(String.class).list()).stream()
                .map(r -> Json.read(r, Event.class)).toList();
    }

    @Override
    public synchronized Optional<Event> event(String id) {
        return withHandle(h -> h.createQuery(q("select_event")).bind("id", id).mapTo(String.class).findOne())
                .map(r -> Json.read(r, Event.class));
    }

    @Override
    public synchronized java.util.SortedMap<String, Integer> documentLanguages() {
        java.util.SortedMap<String, Integer> out = new java.util.TreeMap<>();
        withHandle(h -> h.createQuery(q("select_languages")).mapToMap().list())
                .forEach(row -> out.put((String) row.get("language"), ((Number) row.get("n")).intValue()));
        return out;
    }

    @Override
    public synchronized Optional<Document> document(String id) {
        return withHandle(h -> h.createQuery(q("select_document")).bind("id", id).mapToMap().findOne())
                .map(row -> {
                    Document d = Json.read((String) row.get("record"), Document.class);
                    return new Document(d.id(), d.source(), d.publisher(), d.affiliation(), d.published(), d.ingestedAt(),
                            (String) row.get("raw_text"), (String) row.get("clean_text"), d.title(), d.language());
                });
    }

    @Override
    public synchronized List<CopyLink> copies() {
        return withHandle(h -> h.createQuery(q("select_copies")).mapTo(String.class).list()).stream()
                .map(r -> Json.read(r, CopyLink.class)).toList();
    }

    @Override
    public synchronized List<Mention> mentionsOf(String eventId) {
        return withHandle(h -> h.createQuery(q("select_event_mentions")).bind("eventId", eventId).mapTo(String.class).list())
                .stream().map(r -> Json.read(r, Mention.class)).toList();
    }

    @Override
    public synchronized List<IncidentLink> chains() {
        return withHandle(h -> h.createQuery(q("select_incident_links_all")).mapTo(String.class).list()).stream()
                .map(r -> Json.read(r, IncidentLink.class)).toList();
    }

    @Override
    public synchronized List<IncidentLink> chainOf(String eventId) {
        return withHandle(h -> h.createQuery(q("select_incident_links")).bind("eventId", eventId).mapTo(String.class).list())
                .stream().map(r -> Json.read(r, IncidentLink.class))
                .sorted(java.util.Comparator.comparing(IncidentLink::fromEventId).thenComparing(IncidentLink::toEventId))
                .toList();
    }

    @Override
    public synchronized List<CopyLink> copiesAmong(java.util.Collection<String> documentIds) {
        if (documentIds.isEmpty()) {
            return List.of();
        }
        return withHandle(h -> h.createQuery(q("select_copies_among")).bindList("ids", List.copyOf(documentIds))
                .mapTo(String.class).list()).stream().map(r -> Json.read(r, CopyLink.class)).toList();
    }

    @Override
    public synchronized boolean corpusIsCurrent() {
        return withHandle(h -> h.createQuery(q("select_corpus_current")).mapTo(Boolean.class).one());
    }

    @Override
    public synchronized StoreCounts counts() {
        return withHandle(h -> h.createQuery(q("select_counts"))
                .map((rs, ctx) -> new StoreCounts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4))).one());
    }

    @Override
    public synchronized void close() {
        jdbi.close();
    }
}
