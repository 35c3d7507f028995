package org.vigil.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.locator.ClasspathSqlLocator;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.vigil.corpus.CorpusResult;
import org.vigil.model.Analysis;
import org.vigil.model.Claim;
import org.vigil.model.CopyLink;
import org.vigil.model.Document;
import org.vigil.model.Event;
import org.vigil.model.Mention;

/** The embedded store: one SQLite file in WAL mode, migrated by Flyway, queried through JDBI. */
public final class SqliteEventStore implements EventStore {
    private final Jdbi jdbi;
    private final ClasspathSqlLocator sql = ClasspathSqlLocator.create();

    public SqliteEventStore(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.enforceForeignKeys(true);
        // WAL with synchronous=NORMAL: a commit survives a crash of the process, not a power cut; far faster.
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(10_000);
        SQLiteDataSource ds = new SQLiteDataSource(config);
        ds.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        try {
            Flyway.configure().dataSource(ds).locations("classpath:db/migration/sqlite").load().migrate();
        } catch (RuntimeException e) {
            throw new StoreException("cannot open store " + file + ": " + e.getMessage(), e);
        }
        this.jdbi = Jdbi.create(ds);
    }

    private String q(String name) {
        return sql.locate("sql/sqlite/" + name);
    }

    @Override
    public boolean contains(String documentId) {
        return jdbi.withHandle(h -> h.createQuery(q("count_document")).bind("id", documentId).mapTo(Integer.class).one()) > 0;
    }

    @Override
    public void save(Analysis a) {
        jdbi.useTransaction(h -> {
            Document d = a.document();
            h.createUpdate(q("insert_document")).bind("id", d.id()).bind("source", d.source())
                    .bind("publisher", d.publisher()).bind("affiliation", d.affiliation())
                    .bind("publishedStart", d.published() == null ? null : d.published().start().toString())
                    .bind("publishedEnd", d.published() == null ? null : d.published().end().toString())
                    .bind("publishedPrecision", d.published() == null ? null : d.published().precision().label())
                    .bind("ingestedAt", d.ingestedAt().toString()).bind("title", d.title())
                    .bind("rawText", d.rawText()).bind("cleanText", d.cleanText() == null ? "" : d.cleanText())
                    .bind("record", Json.write(d)).execute();
            for (Mention m : a.mentions()) {
                h.createUpdate(q("insert_mention")).bind("id", m.id()).bind("documentId", d.id())
                        .bind("type", m.type().name()).bind("record", Json.write(m)).execute();
            }
            int i = 0;
            for (Claim c : a.claims()) {
                h.createUpdate(q("insert_claim")).bind("documentId", d.id()).bind("ordinal", i++)
                        .bind("mentionId", c.mentionId()).bind("kind", c.kind().label()).bind("low", c.low())
                        .bind("high", c.high()).bind("claimant", c.claimant()).bind("record", Json.write(c)).execute();
            }
        });
    }

    @Override
    public List<Analysis> analyses() {
        return jdbi.withHandle(h -> {
            List<Analysis> out = new ArrayList<>();
            for (String rec : h.createQuery(q("select_documents")).mapTo(String.class).list()) {
                Document d = Json.read(rec, Document.class);
                out.add(new Analysis(d, records(h, "select_mentions", d.id(), Mention.class),
                        records(h, "select_claims", d.id(), Claim.class)));
            }
            return out;
        });
    }

    private <T> List<T> records(Handle h, String query, String documentId, Class<T> type) {
        return h.createQuery(q(query)).bind("documentId", documentId).mapTo(String.class).list().stream()
                .map(r -> Json.read(r, type)).toList();
    }

    @Override
    public void replaceCorpus(CorpusResult result) {
        jdbi.useTransaction(h -> {
            h.createScript(q("clear_corpus")).execute();
            for (Event e : result.events()) {
                h.createUpdate(q("insert_event")).bind("id", e.id()).bind("type", e.type().name())
                        .bind("dateStart", e.date() == null ? null : e.date().start().toString())
                        .bind("dateEnd", e.date() == null ? null : e.date().end().toString())
                        .bind("country", e.place() == null ? null : e.place().country())
                        .bind("lat", e.place() == null ? null : e.place().lat())
                        .bind("lon", e.place() == null ? null : e.place().lon())
                        .bind("historical", e.historical() ? 1 : 0).bind("disputed", e.disputed().isEmpty() ? 0 : 1)
                        .bind("independentSources", e.independentSources()).bind("record", Json.write(e)).execute();
                for (String m : e.mentionIds()) {
                    h.createUpdate(q("insert_event_mention")).bind("eventId", e.id()).bind("mentionId", m).execute();
                }
            }
            for (CopyLink c : result.copies()) {
                h.createUpdate(q("insert_copy")).bind("documentA", c.documentA()).bind("documentB", c.documentB())
                        .bind("similarity", c.similarity()).bind("record", Json.write(c)).execute();
            }
        });
    }

    @Override
    public List<Event> events() {
        return jdbi.withHandle(h -> h.createQuery(q("select_events")).mapTo(String.class).list()).stream()
                .map(r -> Json.read(r, Event.class)).toList();
    }

    @Override
    public Optional<Event> event(String id) {
        return jdbi.withHandle(h -> h.createQuery(q("select_event")).bind("id", id).mapTo(String.class).findOne())
                .map(r -> Json.read(r, Event.class));
    }

    @Override
    public Optional<Document> document(String id) {
        return jdbi.withHandle(h -> h.createQuery(q("select_document")).bind("id", id).mapTo(String.class).findOne())
                .map(r -> Json.read(r, Document.class));
    }

    @Override
    public List<CopyLink> copies() {
        return jdbi.withHandle(h -> h.createQuery(q("select_copies")).mapTo(String.class).list()).stream()
                .map(r -> Json.read(r, CopyLink.class)).toList();
    }

    @Override
    public StoreCounts counts() {
        return jdbi.withHandle(h -> h.createQuery(q("select_counts"))
                .map((rs, ctx) -> new StoreCounts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4))).one());
    }

    @Override
    public void close() {
        // SQLiteDataSource opens a connection per handle; nothing is held between calls.
    }
}
