package org.vigil.geo;

/** A gazetteer image that cannot be used: missing, truncated, of another format version, or not an image at all. */
public final class GazetteerImageException extends RuntimeException {
    private final String file;

    public GazetteerImageException(String file, String problem) {
        super("gazetteer image " + file + ": " + problem);
        this.file = file;
    }

    public GazetteerImageException(String file, String problem, Throwable cause) {
        super("gazetteer image " + file + ": " + problem, cause);
        this.file = file;
    }

    /** The image's file or resource name. */
    public String file() {
        return file;
    }
}
