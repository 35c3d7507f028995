package org.vigil.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.vigil.model.Event;
import org.vigil.store.Json;

/** One JSON object per line, as the export contract defines it. */
public final class JsonlExporter implements Exporter {
    @Override
    public void write(List<Event> events, Writer out) throws IOException {
        for (Event e : events) {
            out.write(Json.MAPPER.writeValueAsString(EventJson.of(e)));
            out.write('\n');
        }
    }
}
