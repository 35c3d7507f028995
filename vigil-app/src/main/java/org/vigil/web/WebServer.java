package org.vigil.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.vigil.ingest.Ingestor;
import org.vigil.store.EventStore;
import org.vigil.store.Json;

/**
 * Vigil's HTTP server: the REST API under {@code /api} and the offline page (map, timeline, evidence) at
 * {@code /}. Every response forbids inline scripts; every error is JSON with a status and a message.
 */
public final class WebServer implements AutoCloseable {
    /** Scripts, styles, images and data only from this server: untrusted text can never become a script. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";
    /** The largest submission (text and all its files), in bytes. */
    static final long MAX_SUBMISSION_BYTES = 64L * 1024 * 1024;
    private final Javalin app;
    private final ServerSettings settings;

    /** A server over this store; writes go through the ingestor (may be null when the settings are read-only). */
    public WebServer(EventStore store, Ingestor ingestor, ServerSettings settings) {
        if (ingestor == null && !settings.readOnly()) {
            throw new IllegalArgumentException("a server that takes writes needs an ingestor");
        }
        this.settings = settings;
        EventsApi events = new EventsApi(store);
        DocumentsApi documents = new DocumentsApi(store, ingestor, new BearerAuth(settings.token()), settings.maxBodyBytes());
        byte[] openApi = resource("/web/openapi.json");
        app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(Json.MAPPER, false));
            config.http.maxRequestSize = settings.maxBodyBytes();
            config.staticFiles.add("/web/static", Location.CLASSPATH);
            config.staticFiles.enableWebjars();
            config.jetty.multipartConfig.maxTotalRequestSize(MAX_SUBMISSION_BYTES, io.javalin.config.SizeUnit.BYTES);
            config.jetty.multipartConfig.maxFileSize(MAX_SUBMISSION_BYTES, io.javalin.config.SizeUnit.BYTES);
            config.jetty.multipartConfig.maxInMemoryFileSize(1, io.javalin.config.SizeUnit.MB);
        });
        app.before(WebServer::securityHeaders);
        if (settings.requestsPerSecond() > 0) {
            RateLimiter limiter = new RateLimiter(settings.requestsPerSecond(), System::nanoTime);
            app.before(ctx -> {
                if (!limiter.allow(ctx.ip())) {
                    ctx.header("Retry-After", "1");
                    throw new ApiException(429, "too many requests from " + ctx.ip() + ": at most "
                            + settings.requestsPerSecond() + " a second; try again shortly");
                }
            });
        }
        app.get("/api/events", events::list);
        app.get("/api/events/{id}", events::one);
        app.get("/api/stats", events::stats);
        app.get("/api/documents/{id}", documents::one);
        app.get("/api/documents/{id}/raw", documents::raw);
        app.post("/api/documents", documents::create);
        app.delete("/api/documents/{id}", documents::delete);
        evidenceRoutes(store, ingestor);
        ReviewApi review = new ReviewApi(store, settings.reviewPolicy());
        app.get("/api/me", review::me);
        app.get("/api/review/queue", review::queue);
        app.get("/api/events/{id}/review", review::show);
        app.post("/api/events/{id}/review/{operation}", review::operate);
        app.get("/api/log", review::log);
        app.get("/api/log/verify", review::verifyLog);
        app.get("/api/releases", review::releases);
        app.get("/api/releases/{name}/events", review::releaseEvents);
        app.get("/api/releases/{name}/files/{file}", review::releaseFile);
        app.get("/api/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
        app.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.code(), e.getMessage()));
        app.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), null, e.getMessage()));
        app.exception(Exception.class, (e, ctx) -> {
            System.err.println("vigil serve: " + ctx.method() + " " + ctx.path() + " failed: " + e);
            error(ctx, 500, null, "internal error; the server log has the cause");
        });
        app.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                error(ctx, 404, null, "no such resource: " + ctx.path());
            }
        });
    }

    /** Starts listening; a port already taken or an address that cannot be bound is an {@link IllegalStateException}. */
    public WebServer start() {
        try {
            app.start(settings.host(), settings.port());
        } catch (io.javalin.util.JavalinBindException e) {
            throw new IllegalStateException("cannot listen on " + settings.host() + ":" + settings.port() + ": " + e.getMessage(), e);
        }
        return this;
    }

    /** The port bound (useful when the settings asked for 0, any free port). */
    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }

    /** Witness submissions and the files of evidence. */
    private void evidenceRoutes(EventStore store, Ingestor ingestor) {
        SubmissionAuth submitters = new SubmissionAuth(settings.submissionKey(),
                new org.vigil.review.Accounts(store.reviews(), java.time.Clock.systemUTC()));
        SubmissionsApi submissions = new SubmissionsApi(store.evidence(), ingestor, submitters,
                new org.vigil.evidence.EvidenceInspector(org.vigil.evidence.EvidenceInspector.DEFAULT_MAX_BYTES));
        app.before("/api/submissions", WebServer::refuseOversized);
        app.post("/api/submissions", submissions::create);
        app.get("/api/submissions/{id}", submissions::one);
        EvidenceApi evidence = new EvidenceApi(store.evidence());
        app.get("/api/evidence/{sha256}", evidence::original);
        app.get("/api/evidence/{sha256}/thumbnail", evidence::thumbnail);
    }

    /** A submission whose declared length is over the limit is refused before a byte of it is read. */
    private static void refuseOversized(Context ctx) {
        if (ctx.method() == io.javalin.http.HandlerType.POST && ctx.req().getContentLengthLong() > MAX_SUBMISSION_BYTES) {
            throw new ApiException(413, "the submission is " + ctx.req().getContentLengthLong()
                    + " bytes, over the limit of " + MAX_SUBMISSION_BYTES);
        }
    }

    private static void securityHeaders(Context ctx) {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
    }

    private static void error(Context ctx, int status, String code, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        if (code != null) {
            body.put("code", code);
        }
        body.put("error", message);
        ctx.status(status).json(body);
    }

    private static byte[] resource(String path) {
        try (InputStream in = WebServer.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read resource " + path, e);
        }
    }
}
