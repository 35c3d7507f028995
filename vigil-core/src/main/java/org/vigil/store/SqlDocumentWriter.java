package org.vigil.store;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.vigil.model.Analysis;
import org.vigil.model.Claim;
import org.vigil.model.Document;
import org.vigil.model.Mention;

/**
 * Writes analysed documents in batches inside the caller's transaction: the documents first (a document whose
 * content hash is stored already is left alone), then the mentions and claims of the new ones. Each statement is
 * prepared once per batch, not once per document.
 */
final class SqlDocumentWriter {
    private SqlDocumentWriter() {
    }

    /** Writes the batch and returns the ids of the documents that were new. */
    static List<String> write(Handle h, List<Analysis> batch, UnaryOperator<String> sql) {
        PreparedBatch documents = h.prepareBatch(sql.apply("insert_document"));
        for (Analysis a : batch) {
            document(documents, a.document());
        }
        int[] inserted = documents.execute();
        List<String> added = new ArrayList<>();
        PreparedBatch mentions = h.prepareBatch(sql.apply("insert_mention"));
        PreparedBatch claims = h.prepareBatch(sql.apply("insert_claim"));
        for (int i = 0; i < batch.size(); i++) {
            if (inserted[i] == 0) {
                continue;
            }
            Analysis a = batch.get(i);
            added.add(a.document().id());
            for (Mention m : a.mentions()) {
                mentions.bind("id", m.id()).bind("documentId", a.document().id()).bind("type", m.type().name())
                        .bind("record", Json.write(m)).add();
            }
            int ordinal = 0;
            for (Claim c : a.claims()) {
                claims.bind("documentId", a.document().id()).bind("ordinal", ordinal++).bind("mentionId", c.mentionId())
                        .bind("kind", c.kind().label()).bind("low", c.low()).bind("high", c.high())
                        .bind("claimant", c.claimant()).bind("record", Json.write(c)).add();
            }
        }
        for (PreparedBatch b : List.of(mentions, claims)) {
            if (b.size() > 0) {
                b.execute();
            }
        }
        return added;
    }

    /** Writes the post records of the documents just added (a document stored before keeps the record it has). */
    static void writePosts(Handle h, List<org.vigil.model.Post> posts, java.util.Set<String> added, UnaryOperator<String> sql) {
        PreparedBatch rows = h.prepareBatch(sql.apply("insert_post"));
        for (org.vigil.model.Post p : posts) {
            if (added.contains(p.documentId())) {
                rows.bind("documentId", p.documentId()).bind("platform", p.platform()).bind("account", p.account())
                        .bind("postId", p.postId()).bind("url", p.url()).bind("postedAt", p.postedAt().toString())
                        .bind("relation", p.relation().name().toLowerCase(java.util.Locale.ROOT)).bind("origin", p.origin())
                        .bind("record", Json.write(p)).add();
            }
        }
        if (rows.size() > 0) {
            rows.execute();
        }
    }

    private static void document(PreparedBatch b, Document d) {
        b.bind("id", d.id()).bind("source", d.source())
                .bind("publisher", d.publisher()).bind("affiliation", d.affiliation())
                .bind("publishedStart", d.published() == null ? null : d.published().start().toString())
                .bind("publishedEnd", d.published() == null ? null : d.published().end().toString())
                .bind("publishedPrecision", d.published() == null ? null : d.published().precision().label())
                .bind("ingestedAt", d.ingestedAt().toString()).bind("title", d.title()).bind("language", d.language())
                .bind("rawText", d.rawText()).bind("cleanText", d.cleanText() == null ? "" : d.cleanText())
                .bind("record", Json.write(d.withClean(null, d.title()).withoutRawText())).add();
    }
}
