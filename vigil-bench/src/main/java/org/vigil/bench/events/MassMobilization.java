package org.vigil.bench.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigil.classify.ModelAttributeClassifier;

/**
 * Mass Mobilization protest rows (Clark &amp; Regan, v5): year, notes and the coded state responses, demands
 * and protester violence, with labels renamed to Vigil's ({@code accomodation} to {@code accommodation},
 * {@code labor wage dispute} to {@code labour}, ...). Only protest rows with notes are read.
 */
public record MassMobilization(String id, int year, String notes, Set<String> responses, Set<String> demands,
                               boolean violence) {
    static final String FILE = "mmALL_073120_csv.csv";
    /** Rows before this year may be trained on; rows from it on are the evaluation set. */
    public static final int FIRST_TEST_YEAR = 2015;
    private static final Map<String, String> RESPONSES = Map.of("accomodation", "accommodation", "arrests", "arrests",
            "beatings", "beatings", "crowd dispersal", "crowd dispersal", "ignore", "ignore", "killings", "killings",
            "shootings", "shootings");
    private static final Map<String, String> DEMANDS = Map.of("labor wage dispute", "labour", "land farm issue", "land",
            "police brutality", "police brutality", "political behavior, process", "political process",
            "price increases, tax policy", "prices/taxes", "removal of politician", "removal of politician",
            "social restrictions", "social restrictions");

    /** The model's label set of this row. */
    public Set<String> labels() {
        Set<String> out = new LinkedHashSet<>();
        responses.forEach(r -> out.add(ModelAttributeClassifier.RESPONSE + r));
        demands.forEach(d -> out.add(ModelAttributeClassifier.DEMAND + d));
        if (violence) {
            out.add(ModelAttributeClassifier.VIOLENCE);
        }
        return out;
    }

    public static List<MassMobilization> read(Path dir) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(dir.resolve(FILE), StandardCharsets.UTF_8)) {
            List<List<String>> rows = Csv.read(r);
            List<String> head = rows.get(0);
            List<MassMobilization> out = new ArrayList<>();
            Set<String> seen = new LinkedHashSet<>();
            for (List<String> row : rows.subList(1, rows.size())) {
                String notes = row.get(head.indexOf("notes")).trim();
                if (!"1".equals(row.get(head.indexOf("protest"))) || notes.isEmpty()
                        || !seen.add(String.join("\u0001", row))) {
                    continue; // not a protest, no text, or an exact duplicate row
                }
                out.add(new MassMobilization(row.get(head.indexOf("id")), Integer.parseInt(row.get(head.indexOf("year"))),
                        notes, coded(row, head, "stateresponse", 7, RESPONSES), coded(row, head, "protesterdemand", 4, DEMANDS),
                        "1".equals(row.get(head.indexOf("protesterviolence")))));
            }
            return out;
        }
    }

    private static Set<String> coded(List<String> row, List<String> head, String prefix, int n, Map<String, String> names) {
        Set<String> out = new LinkedHashSet<>();
        for (int i = 1; i <= n; i++) {
            String v = names.get(row.get(head.indexOf(prefix + i)).trim());
            if (v != null) {
                out.add(v);
            }
        }
        return out;
    }
}
