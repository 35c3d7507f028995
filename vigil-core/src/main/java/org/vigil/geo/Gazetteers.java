package org.vigil.geo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Chooses the gazetteer: a file set with {@link #use(Path)} (the CLI's {@code --gazetteer}), else the file named by
 * the {@code VIGIL_GAZETTEER} environment variable (for example one written by {@code vigil gazetteer import}),
 * else the one shipped with Vigil. Loaded once and shared.
 */
public final class Gazetteers {
    /** Environment variable naming a gazetteer file (the converter's gzip row format). */
    public static final String ENV = "VIGIL_GAZETTEER";
    private static volatile Path chosen;
    private static volatile Gazetteer loaded;

    private Gazetteers() {
    }

    /** Uses this gazetteer file from now on (null: back to the environment or the shipped one). */
    public static synchronized void use(Path file) {
        chosen = file;
        loaded = null;
    }

    /** The gazetteer in force. */
    public static Gazetteer standard() {
        Gazetteer g = loaded;
        if (g == null) {
            synchronized (Gazetteers.class) {
                if (loaded == null) {
                    loaded = load(file());
                }
                g = loaded;
            }
        }
        return g;
    }

    private static Path file() {
        if (chosen != null) {
            return chosen;
        }
        String env = System.getenv(ENV);
        return env == null || env.isBlank() ? null : Path.of(env);
    }

    /**
     * A gazetteer file (null: the shipped one), loaded afresh: the converter's gzip rows, or a binary image (one
     * that begins with the image's mark; written by {@code GazetteerImageWriter IN.tsv.gz OUT.bin}), which loads
     * faster; {@link GazetteerImageException} when an image is truncated or of another version.
     */
    public static Gazetteer load(Path file) {
        if (file == null) {
            return GeoNamesGazetteer.shipped();
        }
        try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            in.mark(4);
            byte[] mark = in.readNBytes(4);
            in.reset();
            if (java.nio.ByteBuffer.wrap(Arrays.copyOf(mark, 4)).getInt() == GazetteerImage.MAGIC) {
                return GazetteerImage.read(file.toString(), in.readAllBytes());
            }
            return GeoNamesGazetteer.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer " + file, e);
        }
    }
}
