package org.vigil.export;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vigil.model.Event;
import org.vigil.store.Json;

/** A GeoJSON FeatureCollection: one point per event with a place, the event's fields as properties. */
public final class GeoJsonExporter implements Exporter {
    @Override
    public void write(List<Event> events, Writer out) throws IOException {
        List<Object> features = new ArrayList<>();
        for (Event e : events) {
            if (e.place() == null) {
                continue;
            }
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("type", "Feature");
            Map<String, Object> point = new LinkedHashMap<>(); // in this order: Map.of's changes from run to run
            point.put("type", "Point");
            point.put("coordinates", List.of(e.place().lon(), e.place().lat()));
            f.put("geometry", point);
            f.put("properties", EventJson.of(e));
            features.add(f);
        }
        Map<String, Object> fc = new LinkedHashMap<>();
        fc.put("type", "FeatureCollection");
        fc.put("features", features);
        out.write(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(fc));
        out.write('\n');
    }
}
