package org.vigil.assembly;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * How one Vigil is put together: the defaults file ({@code vigil-defaults.properties}, documented there), with the
 * caller's overrides. Plain values only, so it travels to a worker (a Spark executor) that builds its own pipeline.
 *
 * @param stages           the per-document stages of an ingest, in order, by name
 * @param textStages       the stages of lone-text coding ({@code vigil classify})
 * @param gazetteer        the gazetteer file, or null for the one shipped
 * @param maxDocumentBytes the largest file or page read
 * @param saveBatch        analysed documents per store transaction
 */
public record Settings(List<String> stages, List<String> textStages, Path gazetteer, long maxDocumentBytes, int saveBatch)
        implements Serializable {
    private static final String FILE = "/vigil-defaults.properties";
    private static final Settings DEFAULTS = read();

    public Settings {
        stages = List.copyOf(stages);
        textStages = List.copyOf(textStages);
    }

    /** The defaults file's settings. */
    public static Settings defaults() {
        return DEFAULTS;
    }

    /** The same with another gazetteer file (null: the shipped one). */
    public Settings withGazetteer(Path file) {
        return new Settings(stages, textStages, file, maxDocumentBytes, saveBatch);
    }

    /** The same with other per-document stages (names of the defaults file). */
    public Settings withStages(List<String> names) {
        return new Settings(names, textStages, gazetteer, maxDocumentBytes, saveBatch);
    }

    private static Settings read() {
        Properties p = new Properties();
        try (InputStream in = Settings.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException("the defaults file " + FILE + " is missing from the class path");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FILE, e);
        }
        String gazetteer = p.getProperty("gazetteer", "").strip();
        return new Settings(names(p, "pipeline.stages"), names(p, "texts.stages"),
                gazetteer.isEmpty() ? null : Path.of(gazetteer), Long.parseLong(required(p, "ingest.max-bytes")),
                Integer.parseInt(required(p, "ingest.save-batch")));
    }

    private static List<String> names(Properties p, String key) {
        return Arrays.stream(required(p, key).split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String required(Properties p, String key) {
        String v = p.getProperty(key);
        if (v == null || v.isBlank()) {
            throw new IllegalStateException("the defaults file " + FILE + " has no value for " + key);
        }
        return v.strip();
    }
}
