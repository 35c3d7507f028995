package org.vigil.evidence;

/**
 * What a file's own metadata claims (EXIF, XMP, a video container's header): the capture time as written (ISO
 * local date-time, with its offset when the file gives one), GPS coordinates, the camera. Claimed, not verified:
 * any of it may be wrong or forged. {@code error} says why metadata that is there could not be read (else null).
 */
public record MediaMetadata(String capturedAt, String capturedAtSource, Double latitude, Double longitude,
                            String camera, String error) {
    public static final MediaMetadata NONE = new MediaMetadata(null, null, null, null, null, null);

    public static MediaMetadata unreadable(String why) {
        return new MediaMetadata(null, null, null, null, null, why);
    }

    public boolean hasLocation() {
        return latitude != null && longitude != null;
    }
}
