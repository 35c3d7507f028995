package org.vigil.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Inter-coder agreement on blind double codings: Krippendorff's alpha per field (nominal for type, sub-type and
 * place; interval for dates, in days, and for figures, on the best or else the low number), and the queue of
 * events where the coders disagree.
 */
public final class Agreement {
    /** The agreement on one field: alpha, how many events at least two coders coded, and how many they disagree on. */
    public record FieldAgreement(String field, double alpha, int units, int disagreements) {
    }

    /** Two or more coders' different values of one field of one event. */
    public record Disagreement(String eventId, String field, Map<String, String> values) {
    }

    public record Result(List<FieldAgreement> fields, List<Disagreement> disagreements) {
    }

    private Agreement() {
    }

    public static Result of(List<Coding> codings, List<String> coders) {
        Map<String, Map<String, Map<String, String>>> byField = new TreeMap<>();
        for (Coding c : codings) {
            if (coders.isEmpty() || coders.contains(c.coder())) {
                byField.computeIfAbsent(c.field(), k -> new TreeMap<>()).computeIfAbsent(c.eventId(), k -> new TreeMap<>())
                        .put(c.coder(), c.value());
            }
        }
        List<FieldAgreement> fields = new ArrayList<>();
        List<Disagreement> queue = new ArrayList<>();
        byField.forEach((field, events) -> {
            List<List<String>> units = new ArrayList<>();
            int disagreements = 0;
            for (var e : events.entrySet()) {
                if (e.getValue().size() < 2) {
                    continue;
                }
                units.add(e.getValue().values().stream().map(v -> comparable(field, v)).toList());
                if (e.getValue().values().stream().map(v -> comparable(field, v)).distinct().count() > 1) {
                    disagreements++;
                    queue.add(new Disagreement(e.getKey(), field, new LinkedHashMap<>(e.getValue())));
                }
            }
            fields.add(new FieldAgreement(field, Krippendorff.alpha(units, interval(field) ? Krippendorff.INTERVAL
                    : Krippendorff.NOMINAL), units.size(), disagreements));
        });
        return new Result(fields, queue);
    }

    private static boolean interval(String field) {
        return !List.of("type", "acled_sub_event_type", "place", "modes", "actors").contains(field);
    }

    /** The value as compared: a date as its start's epoch day, a figure as its best (else low) number. */
    static String comparable(String field, String v) {
        if (field.equals("date")) {
            return Long.toString(LocalDate.parse(v.split("/")[0]).toEpochDay());
        }
        if (interval(field)) {
            int best = v.indexOf("best ");
            return best >= 0 ? v.substring(best + 5).trim() : v.split("\\.\\.")[0];
        }
        return v.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
