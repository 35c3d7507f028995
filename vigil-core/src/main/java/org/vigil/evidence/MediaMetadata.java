package org.vigil.evidence;

/**
 * What a file's own metadata claims (EXIF, XMP, a video container's header): the capture time as written (ISO
 * local date-time, with its offset when the file gives one), GPS coordinates, the camera. Claimed, not verified:
 * any of it may be wrong or forged. {@code error} says why metadata that is there could not be read (else null);
 * {@code locationSource} which tags gave the coordinates ("EXIF GPS", "XMP exif:GPSLatitude/GPSLongitude"; null
 * when none, and in records stored before it was kept); {@code orientation} the EXIF Orientation (2..8: how the
 * stored pixels must be turned or flipped to stand upright; null when upright, absent or not a valid value), which
 * the thumbnail applies and the original keeps as it is.
 */
public record MediaMetadata(String capturedAt, String capturedAtSource, Double latitude, Double longitude,
                            String camera, String error, String locationSource, Integer orientation) {
    public static final MediaMetadata NONE = new MediaMetadata(null, null, null, null, null, null, null, null);

    /** Metadata whose location's source and orientation are not told. */
    public MediaMetadata(String capturedAt, String capturedAtSource, Double latitude, Double longitude, String camera,
                         String error) {
        this(capturedAt, capturedAtSource, latitude, longitude, camera, error, null, null);
    }

    public static MediaMetadata unreadable(String why) {
        return new MediaMetadata(null, null, null, null, null, why, null, null);
    }

    public boolean hasLocation() {
        return latitude != null && longitude != null;
    }
}
