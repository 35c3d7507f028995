package org.vigil.bench.events;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One PLOVER gold-standard record ({@code PLOVER_GSR_CAMEO.txt}): a one-sentence news text (the field
 * {@code text}) with its event type and, for about a third of records, a mode, in PLOVER 0.5 names, mapped here
 * to today's: DEMAND is REQUEST, DISAPPROVE and INVESTIGATE are ACCUSE (modes {@code disapprove},
 * {@code investigate}), FIGHT is ASSAULT. Modes map to Vigil's names where Vigil has the mode
 * ({@code demo-org}/{@code demo-spon} to {@code demo}, {@code riot-spon} to {@code riot}, {@code strike-gen} to
 * {@code strike}, {@code strike-hun} to {@code hunger}, {@code detain} to {@code arrest},
 * {@code suicide-attack} to {@code suicide-bomb}); modes without a Vigil counterpart (THREATEN's modes,
 * {@code primitive}, {@code multilateral}, {@code other}, MOBILIZE {@code police}/{@code weapons}) are not scored.
 */
public record PloverGold(String id, String event05, String type, String mode05, String mode, String text, String date) {
    static final String FILE = "PLOVER_GSR_CAMEO.txt";
    private static final Map<String, String> TYPES = Map.of("DEMAND", "REQUEST", "DISAPPROVE", "ACCUSE",
            "INVESTIGATE", "ACCUSE", "FIGHT", "ASSAULT");
    private static final Map<String, String> MODES = Map.ofEntries(Map.entry("demo-org", "demo"),
            Map.entry("demo-spon", "demo"), Map.entry("riot", "riot"), Map.entry("riot-spon", "riot"),
            Map.entry("strike-gen", "strike"), Map.entry("strike-hun", "hunger"), Map.entry("obstruct", "obstruct"),
            Map.entry("heavy-weapons", "heavy-weapons"), Map.entry("explosives", "explosives"),
            Map.entry("firearms", "firearms"), Map.entry("assassinate", "assassinate"), Map.entry("torture", "torture"),
            Map.entry("beat", "beat"), Map.entry("sexual", "sexual"), Map.entry("suicide-attack", "suicide-bomb"),
            Map.entry("detain", "arrest"), Map.entry("arrest", "arrest"), Map.entry("destroy", "destroy"),
            Map.entry("confiscate", "confiscate"), Map.entry("ban", "ban"), Map.entry("censor", "censor"),
            Map.entry("restrict", "restrict"), Map.entry("curfew", "curfew"), Map.entry("martial-law", "martial-law"),
            Map.entry("deport", "deport"), Map.entry("visit", "visit"), Map.entry("host", "host"),
            Map.entry("phone", "phone"), Map.entry("third-party", "third-party"), Map.entry("troops", "troops"));

    /** The records with a text, the file's DOCUMENT header left out. */
    public static List<PloverGold> read(Path dir) throws IOException {
        JsonMapper mapper = JsonMapper.builder().enable(JsonReadFeature.ALLOW_TRAILING_COMMA).build();
        JsonNode all = mapper.readTree(Files.readString(dir.resolve(FILE)));
        List<PloverGold> out = new ArrayList<>();
        for (JsonNode r : all) {
            String event = r.path("event").asText();
            String text = r.path("text").asText("");
            if (event.equals("DOCUMENT") || text.isBlank()) {
                continue;
            }
            String mode05 = r.path("mode").asText("");
            String type = TYPES.getOrDefault(event, event);
            String mode = type.equals("THREATEN") ? null : MODES.get(mode05);
            out.add(new PloverGold(r.path("id").asText(), event, type, mode05.isEmpty() ? null : mode05, mode, text,
                    r.path("date").asText(null)));
        }
        return out;
    }
}
