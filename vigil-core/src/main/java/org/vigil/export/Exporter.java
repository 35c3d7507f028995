package org.vigil.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.vigil.model.Event;

/** Writes events in one format. */
public interface Exporter {
    void write(List<Event> events, Writer out) throws IOException;

    /** The exporter for a format name, the CSV's fatalities as reviewers settled them where they did. */
    static Exporter forFormat(String format, java.util.function.Function<Event, Long> settledKilled) {
        return format.equalsIgnoreCase("csv") ? new CsvExporter(settledKilled) : forFormat(format);
    }

    /** The exporter for a format name: jsonl, csv or geojson. */
    static Exporter forFormat(String format) {
        return switch (format.toLowerCase(java.util.Locale.ROOT)) {
            case "jsonl" -> new JsonlExporter();
            case "csv" -> new CsvExporter();
            case "geojson" -> new GeoJsonExporter();
            default -> throw new IllegalArgumentException("unknown format '" + format + "' (jsonl, csv, geojson)");
        };
    }
}
