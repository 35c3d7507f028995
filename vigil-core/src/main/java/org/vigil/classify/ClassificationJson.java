package org.vigil.classify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON line {@code vigil classify} writes for one text, as an ordered map. */
public final class ClassificationJson {
    private ClassificationJson() {
    }

    public static Map<String, Object> of(Classification c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("plover", c.plover());
        m.put("modes", c.modes());
        m.put("timeframe", c.timeframe());
        m.put("acled_event_type", c.acledEventType());
        m.put("acled_sub_event_type", c.acledSubEventType());
        m.put("protest", c.protest());
        m.put("state_responses", c.attributes().stateResponses());
        m.put("demands", c.attributes().demands());
        m.put("protester_violence", c.attributes().protesterViolence());
        m.put("crowd_size", c.crowdSize() == null ? null : range(c.crowdSize()));
        m.put("kinds", c.kinds());
        List<Map<String, Object>> claims = new ArrayList<>();
        for (ClaimSummary s : c.claims()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("kind", s.kind());
            x.putAll(range(s));
            x.put("claimant", s.claimant());
            x.put("hedge", s.hedge());
            x.put("quote", s.quote());
            claims.add(x);
        }
        m.put("claims", claims);
        return m;
    }

    private static Map<String, Object> range(ClaimSummary s) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("low", s.low());
        r.put("high", s.high());
        return r;
    }
}
