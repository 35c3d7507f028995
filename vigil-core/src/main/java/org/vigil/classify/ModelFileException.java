package org.vigil.classify;

import java.io.IOException;
import java.nio.file.Path;

/** A model file that cannot be used: missing, truncated or damaged, of another format version, or for another task. */
public final class ModelFileException extends IOException {
    private final Path file;

    public ModelFileException(Path file, String problem, Throwable cause) {
        super("model file " + file + ": " + problem, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
