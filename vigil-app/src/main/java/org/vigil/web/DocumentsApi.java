package org.vigil.web;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import org.vigil.export.EventJson;
import org.vigil.ingest.DocumentRejectedException;
import org.vigil.ingest.DocumentTooLargeException;
import org.vigil.ingest.Ingestor;
import org.vigil.model.Analysis;
import org.vigil.model.Claim;
import org.vigil.model.Document;
import org.vigil.pipeline.StageException;
import org.vigil.store.EventStore;

/** Documents: clean text with the spans of mentions and claims, the original, upload and removal. */
final class DocumentsApi {
    private final EventStore store;
    private final Ingestor ingestor;
    private final BearerAuth auth;
    private final long maxBody;

    DocumentsApi(EventStore store, Ingestor ingestor, BearerAuth auth, long maxBody) {
        this.store = store;
        this.ingestor = ingestor;
        this.auth = auth;
        this.maxBody = maxBody;
    }

    void one(Context ctx) {
        Analysis a = analysis(ctx);
        Document d = a.document();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", d.id());
        m.put("source", d.source());
        m.put("title", d.title());
        m.put("publisher", d.publisher());
        m.put("affiliation", d.affiliation());
        m.put("published", d.published() == null ? null : d.published().start().toString());
        m.put("published_precision", d.published() == null ? null : d.published().precision().label());
        m.put("ingested_at", d.ingestedAt() == null ? null : d.ingestedAt().toString());
        m.put("language", d.language());
        m.put("text", d.cleanText());
        m.put("mentions", a.mentions().stream().map(EventDetail::mention).toList());
        m.put("claims", a.claims().stream().map(DocumentsApi::claim).toList());
        ctx.json(m);
    }

    /** The original as received, always as plain text in a sandbox: never rendered as a page. */
    void raw(Context ctx) {
        Document d = store.document(ctx.pathParam("id")).orElseThrow(() -> ApiException.notFound("document '" + ctx.pathParam("id") + "'"));
        ctx.header("Content-Security-Policy", "sandbox; default-src 'none'");
        ctx.contentType("text/plain; charset=utf-8").result(d.rawText());
    }

    void create(Context ctx) {
        auth.requireWriter(ctx);
        DocumentUpload up = DocumentUpload.read(ctx, maxBody);
        Ingestor.Upload done;
        try {
            done = ingestor.ingestOne(up.content(), up.html(), "api:upload", up.meta());
        } catch (DocumentTooLargeException e) {
            throw new ApiException(413, e.getMessage());
        } catch (DocumentRejectedException e) {
            throw ApiException.badRequest("document rejected: " + e.getMessage());
        } catch (StageException e) {
            throw ApiException.badRequest("document could not be analysed: " + e.getMessage());
        }
        ctx.status(done.created() ? 201 : 200).header("Location", "/api/documents/" + done.documentId());
        ctx.json(Map.of("id", done.documentId(), "created", done.created()));
    }

    void delete(Context ctx) {
        auth.requireWriter(ctx);
        String id = ctx.pathParam("id");
        if (!ingestor.delete(id)) {
            throw ApiException.notFound("document '" + id + "'");
        }
        ctx.status(204);
    }

    private Analysis analysis(Context ctx) {
        String id = ctx.pathParam("id");
        return store.analysis(id).orElseThrow(() -> ApiException.notFound("document '" + id + "'"));
    }

    private static Map<String, Object> claim(Claim c) {
        Map<String, Object> m = EventJson.figure(c);
        m.put("quote", c.quote());
        m.put("start", c.quoteSpan() == null ? null : c.quoteSpan().start());
        m.put("end", c.quoteSpan() == null ? null : c.quoteSpan().end());
        m.put("mention", c.mentionId());
        return m;
    }
}
