package org.vigil.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import com.fasterxml.jackson.databind.JsonNode;
import org.vigil.model.DateRange;
import org.vigil.store.Json;

/**
 * What a crawler knows of a document: URL, publisher, its affiliation, publication date. Read from a sidecar
 * {@code NAME.meta.json} beside the file; command-line values fill what the sidecar leaves out.
 */
public record SourceMetadata(String url, String publisher, String affiliation, DateRange published) {
    public static final SourceMetadata NONE = new SourceMetadata(null, null, null, null);

    /** This metadata with the other's values where this has none. */
    public SourceMetadata orElse(SourceMetadata o) {
        return new SourceMetadata(url != null ? url : o.url, publisher != null ? publisher : o.publisher,
                affiliation != null ? affiliation : o.affiliation, published != null ? published : o.published);
    }

    /** The sidecar of a document file, or {@link #NONE}. */
    public static SourceMetadata sidecar(Path file) throws DocumentRejectedException {
        String name = file.getFileName().toString();
        int dot = name.indexOf('.');
        Path meta = file.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".meta.json");
        if (!Files.isRegularFile(meta)) {
            return NONE;
        }
        try {
            JsonNode n = Json.MAPPER.readTree(Files.readString(meta));
            return new SourceMetadata(text(n, "url"), text(n, "publisher"), text(n, "affiliation"), date(text(n, "published")));
        } catch (IOException | RuntimeException e) {
            throw new UnreadableDocumentException("bad sidecar " + meta.getFileName() + ": " + e.getMessage());
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText().trim();
    }

    /** YYYY, YYYY-MM or YYYY-MM-DD as a range of the right precision, or null. */
    public static DateRange date(String s) {
        if (s == null) {
            return null;
        }
        if (s.matches("\\d{4}")) {
            return DateRange.year(Integer.parseInt(s), s);
        }
        if (s.matches("\\d{4}-\\d{2}")) {
            return DateRange.month(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(5)), s);
        }
        return DateRange.day(LocalDate.parse(s.substring(0, 10)), s);
    }
}
