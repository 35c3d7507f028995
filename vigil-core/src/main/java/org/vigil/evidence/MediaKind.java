package org.vigil.evidence;

/** What a file of evidence is: a photo (decoded, hashed perceptually, thumbnailed) or a video (hashed, metadata read). */
public enum MediaKind {
    PHOTO, VIDEO;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
