package org.vigil.review;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.vigil.export.CsvExporter;
import org.vigil.model.Event;
import org.vigil.assembly.StandardPipeline;
import org.vigil.relevance.Relevance;
import org.vigil.store.EventStore;
import org.vigil.store.Json;

/**
 * Cuts releases: the record as it stands (pins applied, each event with its review), frozen with a manifest of
 * SHA-256 hashes and a changelog of what was added, changed and removed since the last release, with the reasons
 * the review log gives. The event files hold no time and are in id order, so the same record gives the same bytes.
 */
public final class Releases {
    private final EventStore store;
    private final Clock clock;

    public Releases(EventStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Cuts release {@code name}: events above the default confidence, not rejected or merged (only published ones if asked). */
    public Release cut(Reviewer who, String name, boolean publishedOnly) {
        if (!who.role().atLeast(Role.REVIEWER)) {
            throw new ReviewException("role_too_low", who.name() + " is a " + who.role().code() + "; a release needs a reviewer");
        }
        if (name == null || !name.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
            throw new ReviewException("bad_value", "a release name is 1 to 64 letters, digits, '.', '_' or '-'");
        }
        List<Release> prior = store.reviews().releases();
        if (prior.stream().anyMatch(r -> r.name().equals(name))) {
            throw new ReviewException("conflict", "release '" + name + "' exists; a release is never changed");
        }
        ReviewedEvents reviewed = ReviewedEvents.of(store.reviews());
        List<Event> events = store.events().stream().filter(e -> e.confidence() >= Relevance.DEFAULT_MIN_CONFIDENCE)
                .filter(e -> {
                    EventReview r = reviewed.review(e.id());
                    return r.state() != ReviewState.REJECTED && r.state() != ReviewState.MERGED && (!publishedOnly || r.published());
                }).sorted(java.util.Comparator.comparing(Event::id)).toList();
        List<LogEntry> log = store.reviews().log();
        long seq = log.isEmpty() ? 0 : log.get(log.size() - 1).seq();
        Release previous = prior.isEmpty() ? null : prior.get(prior.size() - 1);
        Map<String, byte[]> files = new TreeMap<>();
        StringBuilder jsonl = new StringBuilder();
        Map<String, String> lines = new TreeMap<>();
        for (Event e : events) {
            String line = Json.write(reviewed.json(e));
            lines.put(e.id(), line);
            jsonl.append(line).append('\n');
        }
        files.put("events.jsonl", bytes(jsonl.toString()));
        files.put("events.csv", bytes(csv(reviewed.applied(events), reviewed)));
        files.put("changelog.json", bytes(Json.write(Changelog.of(previous, lines, log, reviewed)) + "\n"));
        String at = clock.instant().toString();
        files.put("manifest.json", bytes(Json.write(manifest(name, prior.size() + 1, previous, at, seq, events.size(), files)) + "\n"));
        Release r = new Release(name, prior.size() + 1, at, seq, files);
        store.reviews().saveRelease(r, new LogEntry(0, at, who.name(), "release", name, "events", null,
                Integer.toString(events.size()), null, who.client(), null, null));
        return r;
    }

    /** Checks each file of a release against the SHA-256 its manifest gives; empty when all match. */
    public static Optional<String> verify(Map<String, byte[]> files) {
        byte[] manifest = files.get("manifest.json");
        if (manifest == null) {
            return Optional.of("no manifest.json");
        }
        JsonNode hashes = read(manifest).path("files");
        for (Iterator<String> it = hashes.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            byte[] b = files.get(f);
            if (b == null) {
                return Optional.of(f + " is missing");
            }
            if (!Hashes.sha256(b).equals(hashes.get(f).asText())) {
                return Optional.of(f + " does not match the SHA-256 in the manifest");
            }
        }
        return Optional.empty();
    }

    private static Map<String, Object> manifest(String name, int number, Release previous, String at, long seq, int events,
                                                Map<String, byte[]> files) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("number", number);
        m.put("previous", previous == null ? null : previous.name());
        m.put("created_at", at);
        m.put("pipeline", "pipeline@" + StandardPipeline.VERSION);
        m.put("review_log_seq", seq);
        m.put("events", events);
        Map<String, String> hashes = new TreeMap<>();
        files.forEach((f, b) -> hashes.put(f, Hashes.sha256(b)));
        m.put("files", hashes);
        return m;
    }

    private static String csv(List<Event> events, ReviewedEvents reviewed) {
        StringWriter w = new StringWriter();
        try {
            new CsvExporter(reviewed::settledKilled).write(events, w);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return w.toString();
    }

    static JsonNode read(byte[] b) {
        try {
            return Json.MAPPER.readTree(b);
        } catch (IOException e) {
            throw new ReviewException("bad_value", "not JSON: " + e.getMessage());
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
