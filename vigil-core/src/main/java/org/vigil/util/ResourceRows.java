package org.vigil.util;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The rows of a tab-separated class-path resource: blank lines and lines starting with "#" left out. */
public final class ResourceRows {
    /** One row: its tab-separated fields and its line number in the file (for error messages). */
    public record Row(int line, String[] fields) {
    }

    private ResourceRows() {
    }

    /** The rows of {@code resource}; a resource that is not on the class path is an error naming it. */
    public static List<Row> read(String resource) {
        InputStream in = ResourceRows.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalArgumentException(resource + " is not on the class path");
        }
        List<Row> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            int n = 0;
            for (String line; (line = r.readLine()) != null; ) {
                n++;
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(new Row(n, line.split("\t")));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + resource, e);
        }
        return rows;
    }
}
