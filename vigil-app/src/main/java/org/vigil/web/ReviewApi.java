package org.vigil.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vigil.assembly.StandardPipeline;
import org.vigil.review.Accounts;
import org.vigil.review.AuditChain;
import org.vigil.review.ClaimState;
import org.vigil.review.EventReview;
import org.vigil.review.Rederivation;
import org.vigil.review.ReviewDesk;
import org.vigil.review.ReviewException;
import org.vigil.review.ReviewJson;
import org.vigil.review.ReviewPolicy;
import org.vigil.review.Reviewer;
import org.vigil.review.Role;
import org.vigil.store.EventStore;
import org.vigil.store.Json;

/**
 * The review API: {@code POST /api/events/{id}/review/{operation}} with a JSON body, {@code GET /api/review/queue},
 * {@code GET /api/events/{id}/review}, {@code GET /api/log} and {@code GET /api/log/verify}. Every call needs a
 * user's token ({@code Authorization: Bearer}); a refused operation is a JSON error with its code, nothing changed.
 */
final class ReviewApi {
    private final EventStore store;
    private final Accounts accounts;
    private final ReviewDesk desk;
    private final org.vigil.review.ReviewHistory history;

    ReviewApi(EventStore store, ReviewPolicy policy) {
        Clock clock = Clock.systemUTC();
        this.store = store;
        this.accounts = new Accounts(store.reviews(), clock);
        this.desk = new ReviewDesk(store, new Rederivation(store, StandardPipeline.corpusAnalyzer(), StandardPipeline.VERSION, clock),
                clock, policy);
        this.history = new org.vigil.review.ReviewHistory(store, desk, new Rederivation(store, StandardPipeline.corpusAnalyzer(),
                StandardPipeline.VERSION, clock), clock);
    }

    private Reviewer who(Context ctx, Role least) {
        String h = ctx.header("Authorization");
        if (h == null || !h.regionMatches(true, 0, "Bearer ", 0, 7)) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ApiException(401, "review needs an 'Authorization: Bearer <token>' header with a user's token");
        }
        Reviewer r = accounts.authenticate(h.substring(7), "api").orElseThrow(() -> {
            ctx.header("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            return new ApiException(401, "the bearer token is not a user's token");
        });
        if (!r.role().atLeast(least)) {
            throw new ApiException(403, r.name() + " is a " + r.role().code() + "; this needs a " + least.code() + " or above");
        }
        return r;
    }

    /** {@code GET /api/me}: who the token belongs to. */
    void me(Context ctx) {
        Reviewer r = who(ctx, Role.VIEWER);
        ctx.json(Map.of("name", r.name(), "role", r.role().code()));
    }

    void queue(Context ctx) {
        who(ctx, Role.VIEWER);
        int limit = EventQueryParams.intParam(ctx, "limit", 50, 1, 1000);
        ctx.json(org.vigil.review.ReviewQueue.of(store.events(), org.vigil.review.ReviewedEvents.of(store.reviews()), limit)
                .stream().map(org.vigil.review.ReviewQueue::json).toList());
    }

    void show(Context ctx) {
        who(ctx, Role.VIEWER);
        EventReview r = call(() -> desk.current(ctx.pathParam("id")));
        Map<String, Object> m = new LinkedHashMap<>(ReviewJson.of(r, store.event(r.eventId()).orElse(null)));
        m.put("history", store.reviews().log(r.eventId()).stream().map(ReviewJson::of).toList());
        ctx.json(m);
    }

    /** {@code GET /api/releases}: every release's manifest, oldest first (no token: a release is public). */
    void releases(Context ctx) {
        ctx.json(store.reviews().releases().stream().map(r -> manifest(r)).toList());
    }

    /** {@code GET /api/releases/{name}/events}: the frozen events of one release, read-only. */
    void releaseEvents(Context ctx) {
        var r = release(ctx.pathParam("name"));
        List<JsonNode> events = new ArrayList<>();
        for (String line : new String(r.files().get("events.jsonl"), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                events.add(read(line));
            }
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("release", manifest(r));
        m.put("events", events);
        ctx.json(m);
    }

    /** {@code GET /api/releases/{name}/files/{file}}: one file of a release, byte for byte as frozen. */
    void releaseFile(Context ctx) {
        var r = release(ctx.pathParam("name"));
        byte[] b = r.files().get(ctx.pathParam("file"));
        if (b == null) {
            throw ApiException.notFound("file '" + ctx.pathParam("file") + "' of release '" + r.name() + "'");
        }
        ctx.contentType(ctx.pathParam("file").endsWith(".csv") ? "text/csv; charset=utf-8"
                : ctx.pathParam("file").endsWith(".jsonl") ? "application/x-ndjson; charset=utf-8" : "application/json").result(b);
    }

    private org.vigil.review.Release release(String name) {
        return store.reviews().releases().stream().filter(x -> x.name().equals(name)).findFirst()
                .orElseThrow(() -> ApiException.notFound("release '" + name + "'"));
    }

    private static JsonNode manifest(org.vigil.review.Release r) {
        return read(new String(r.files().get("manifest.json"), java.nio.charset.StandardCharsets.UTF_8));
    }

    private static JsonNode read(String s) {
        try {
            return Json.MAPPER.readTree(s);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    void log(Context ctx) {
        who(ctx, Role.VIEWER);
        String target = ctx.queryParam("target");
        ctx.json((target == null ? store.reviews().log() : store.reviews().log(target)).stream().map(ReviewJson::of).toList());
    }

    void verifyLog(Context ctx) {
        who(ctx, Role.VIEWER);
        var rows = store.reviews().log();
        var broken = AuditChain.verify(rows);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("intact", broken.isEmpty());
        m.put("rows", rows.size());
        m.put("broken", broken.orElse(null));
        ctx.json(m);
    }

    void operate(Context ctx) {
        String op = ctx.pathParam("operation");
        Reviewer who = who(ctx, Role.CODER);
        who = new Reviewer(who.name(), who.role(), "api");
        JsonNode body = body(ctx);
        String id = ctx.pathParam("id");
        String reason = text(body, "reason");
        Reviewer w = who;
        Object result = call(() -> switch (op) {
            case "assign" -> desk.assign(w, id, text(body, "to"));
            case "release" -> desk.release(w, id);
            case "edit" -> desk.edit(w, id, need(body, "field"), need(body, "value"), reason);
            case "resolve" -> desk.resolve(w, id, need(body, "field"), body.path("accept").asBoolean(false), reason);
            case "verify" -> desk.verify(w, id, reason);
            case "reject" -> desk.reject(w, id, text(body, "code"), reason);
            case "reopen" -> desk.reopen(w, id, reason);
            case "flag" -> desk.flag(w, id, need(body, "flag"), body.path("on").asBoolean(true), reason);
            case "merge" -> desk.merge(w, id, need(body, "into"), reason);
            case "split" -> desk.split(w, id, list(body, "mentions"), reason);
            case "comment" -> {
                desk.comment(w, id, need(body, "text"));
                yield desk.current(id);
            }
            case "revert" -> history.revert(w, body.path("seq").asLong(-1), reason);
            case "claim" -> Map.of("claim", need(body, "claim"), "state",
                    desk.claim(w, id, need(body, "claim"), ClaimState.of(need(body, "state")), reason).code());
            default -> throw new ApiException(404, "no review operation '" + op + "'; the operations: assign, release, edit, "
                    + "resolve, verify, reject, reopen, flag, merge, split, comment, claim, revert");
        });
        ctx.json(result instanceof EventReview r ? ReviewJson.of(r, store.event(r.eventId()).orElse(null)) : result);
    }

    private static <T> T call(java.util.function.Supplier<T> s) {
        try {
            return s.get();
        } catch (ReviewException e) {
            int status = switch (e.code()) {
                case "role_too_low" -> 403;
                case "unknown_event", "unknown_claim" -> 404;
                case "locked", "sealed", "conflict", "two_person" -> 409;
                default -> 400;
            };
            throw new ApiException(status, e.code(), e.getMessage());
        }
    }

    private static JsonNode body(Context ctx) {
        String b = ctx.body();
        if (b.isBlank()) {
            return Json.MAPPER.createObjectNode();
        }
        try {
            JsonNode n = Json.MAPPER.readTree(b);
            if (!n.isObject()) {
                throw ApiException.badRequest("the body must be a JSON object");
            }
            return n;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw ApiException.badRequest("the body is not JSON: " + e.getOriginalMessage());
        }
    }

    private static String text(JsonNode body, String field) {
        JsonNode n = body.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }

    private static String need(JsonNode body, String field) {
        String v = text(body, field);
        if (v == null) {
            throw ApiException.badRequest("the body needs '" + field + "'");
        }
        return v;
    }

    private static List<String> list(JsonNode body, String field) {
        List<String> out = new ArrayList<>();
        body.path(field).forEach(n -> out.add(n.asText()));
        if (out.isEmpty()) {
            throw ApiException.badRequest("the body needs '" + field + "': a list of mention ids");
        }
        return out;
    }
}
