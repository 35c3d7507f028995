package org.vigil.review;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import com.fasterxml.jackson.databind.JsonNode;

/** What a release adds, changes and removes against the one before, each with the reasons the review log gives. */
final class Changelog {
    private Changelog() {
    }

    static Map<String, Object> of(Release previous, Map<String, String> lines, List<LogEntry> log, ReviewedEvents reviewed) {
        Map<String, String> before = previous == null ? Map.of() : lines(previous.files().get("events.jsonl"));
        long since = previous == null ? 0 : previous.logSeq();
        List<Map<String, Object>> added = new ArrayList<>();
        List<Map<String, Object>> changed = new ArrayList<>();
        List<Map<String, Object>> removed = new ArrayList<>();
        for (var e : lines.entrySet()) {
            String old = before.get(e.getKey());
            if (old == null) {
                added.add(row(e.getKey(), null, reasons(log, e.getKey(), since)));
            } else if (!old.equals(e.getValue())) {
                changed.add(row(e.getKey(), fields(old, e.getValue()), reasons(log, e.getKey(), since)));
            }
        }
        for (String id : before.keySet()) {
            if (!lines.containsKey(id)) {
                List<String> why = reasons(log, id, since);
                if (why.isEmpty()) {
                    why = List.of("state " + reviewed.review(id).state().code() + "; no longer above the default confidence or no longer derived");
                }
                removed.add(row(id, null, why));
            }
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("previous", previous == null ? null : previous.name());
        m.put("since_log_seq", since);
        m.put("added", added);
        m.put("changed", changed);
        m.put("removed", removed);
        m.put("removed_ids", removed.stream().map(r -> r.get("id")).toList());
        return m;
    }

    private static Map<String, Object> row(String id, List<String> fields, List<String> reasons) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        if (fields != null) {
            m.put("fields", fields);
        }
        m.put("reasons", reasons);
        return m;
    }

    private static List<String> reasons(List<LogEntry> log, String id, long since) {
        return log.stream().filter(r -> r.seq() > since && id.equals(r.target()))
                .map(r -> r.operation() + (r.field() == null ? "" : " " + r.field())
                        + (r.after() == null ? "" : " -> " + r.after()) + (r.reason() == null ? "" : ": " + r.reason()))
                .toList();
    }

    private static List<String> fields(String oldLine, String newLine) {
        JsonNode a = Releases.read(oldLine.getBytes(StandardCharsets.UTF_8));
        JsonNode b = Releases.read(newLine.getBytes(StandardCharsets.UTF_8));
        List<String> out = new ArrayList<>();
        for (Iterator<String> it = b.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!Objects.equals(a.get(f), b.get(f))) {
                out.add(f);
            }
        }
        return out;
    }

    private static Map<String, String> lines(byte[] jsonl) {
        Map<String, String> out = new TreeMap<>();
        if (jsonl == null) {
            return out;
        }
        for (String line : new String(jsonl, StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                out.put(Releases.read(line.getBytes(StandardCharsets.UTF_8)).path("id").asText(), line);
            }
        }
        return out;
    }
}
