package org.vigil.evidence;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.lang.GeoLocation;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import com.drew.metadata.exif.GpsDirectory;
import com.drew.metadata.mov.QuickTimeDirectory;
import com.drew.metadata.mp4.Mp4Directory;
import com.drew.metadata.xmp.XmpDirectory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * Reads what a file claims about itself with metadata-extractor: EXIF DateTimeOriginal (with OffsetTimeOriginal when
 * present), else XMP's DateTimeOriginal, DateCreated or CreateDate, else a video's container creation time (MP4 and
 * QuickTime keep it in UTC); EXIF GPS, else XMP's exif:GPSLatitude and exif:GPSLongitude ({@link XmpCoordinates});
 * camera make and model; the EXIF Orientation (1 and values outside 1..8 count as upright). A damaged segment (a length that lies, an offset past the end) does not
 * throw: what could be read is kept and the damage is reported in {@link MediaMetadata#error()}.
 */
public final class MetadataReader {
    private MetadataReader() {
    }

    public static MediaMetadata read(byte[] bytes) {
        Metadata md;
        try {
            md = ImageMetadataReader.readMetadata(new ByteArrayInputStream(bytes), bytes.length);
        } catch (ImageProcessingException | IOException | RuntimeException e) {
            return MediaMetadata.unreadable("metadata could not be read: " + e.getMessage());
        }
        String[] time = captureTime(md);
        GeoLocation gps = gps(md);
        if (gps != null) {
            return new MediaMetadata(time[0], time[1], gps.getLatitude(), gps.getLongitude(), camera(md), errors(md),
                    "EXIF GPS", orientation(md));
        }
        double[] xmp = XmpCoordinates.of(md.getFirstDirectoryOfType(XmpDirectory.class));
        return new MediaMetadata(time[0], time[1], xmp == null ? null : xmp[0], xmp == null ? null : xmp[1], camera(md),
                errors(md), xmp == null ? null : XmpCoordinates.SOURCE, orientation(md));
    }

    /** The EXIF Orientation when it turns or flips the picture (2..8), else null. */
    private static Integer orientation(Metadata md) {
        ExifIFD0Directory ifd0 = md.getFirstDirectoryOfType(ExifIFD0Directory.class);
        Integer o = ifd0 == null ? null : ifd0.getInteger(ExifIFD0Directory.TAG_ORIENTATION);
        return o != null && o >= 2 && o <= 8 ? o : null;
    }

    /** The capture time as ISO local date-time (offset appended when known) and which tag it came from. */
    private static String[] captureTime(Metadata md) {
        ExifSubIFDDirectory exif = md.getFirstDirectoryOfType(ExifSubIFDDirectory.class);
        String original = exif == null ? null : exif.getString(ExifSubIFDDirectory.TAG_DATETIME_ORIGINAL);
        String iso = exifDate(original);
        if (iso != null) {
            String offset = exif.getString(ExifSubIFDDirectory.TAG_TIME_ZONE_ORIGINAL);
            boolean zoned = offset != null && offset.trim().matches("[+-]\\d{2}:\\d{2}");
            return new String[] {zoned ? iso + offset.trim() : iso, "EXIF DateTimeOriginal"};
        }
        XmpDirectory xmp = md.getFirstDirectoryOfType(XmpDirectory.class);
        if (xmp != null) {
            Map<String, String> p = xmp.getXmpProperties();
            for (String key : List.of("exif:DateTimeOriginal", "photoshop:DateCreated", "xmp:CreateDate")) {
                if (p.get(key) != null && p.get(key).matches("\\d{4}-\\d{2}-\\d{2}T.*")) {
                    return new String[] {p.get(key), "XMP " + key};
                }
            }
        }
        for (Class<? extends Directory> video : List.of(Mp4Directory.class, QuickTimeDirectory.class)) {
            Directory d = md.getFirstDirectoryOfType(video);
            int tag = video == Mp4Directory.class ? Mp4Directory.TAG_CREATION_TIME : QuickTimeDirectory.TAG_CREATION_TIME;
            Date created = d == null ? null : d.getDate(tag);
            if (created != null && created.getTime() > 0) {
                return new String[] {created.toInstant().atOffset(ZoneOffset.UTC).toString(), "container creation time"};
            }
        }
        return new String[] {null, null};
    }

    /** "2026:11:02 14:05:09" as "2026-11-02T14:05:09"; null for anything else (blank, zeros, garbage). */
    static String exifDate(String s) {
        if (s == null || !s.trim().matches("\\d{4}:\\d{2}:\\d{2} \\d{2}:\\d{2}:\\d{2}") || s.startsWith("0000")) {
            return null;
        }
        String t = s.trim();
        return t.substring(0, 4) + "-" + t.substring(5, 7) + "-" + t.substring(8, 10) + "T" + t.substring(11);
    }

    private static GeoLocation gps(Metadata md) {
        for (GpsDirectory g : md.getDirectoriesOfType(GpsDirectory.class)) {
            GeoLocation loc = g.getGeoLocation();
            if (loc != null && !loc.isZero() && Math.abs(loc.getLatitude()) <= 90 && Math.abs(loc.getLongitude()) <= 180) {
                return loc;
            }
        }
        return null;
    }

    private static String camera(Metadata md) {
        ExifIFD0Directory ifd0 = md.getFirstDirectoryOfType(ExifIFD0Directory.class);
        if (ifd0 == null) {
            return null;
        }
        String make = ifd0.getString(ExifIFD0Directory.TAG_MAKE);
        String model = ifd0.getString(ExifIFD0Directory.TAG_MODEL);
        String both = ((make == null ? "" : make.trim()) + " " + (model == null ? "" : model.trim())).trim();
        return both.isEmpty() ? null : both;
    }

    /** The errors metadata-extractor met (a segment that lies about its length, ...), one line; null when none. */
    private static String errors(Metadata md) {
        List<String> out = new ArrayList<>();
        for (Directory d : md.getDirectories()) {
            for (String e : d.getErrors()) {
                out.add(d.getName() + ": " + e);
            }
        }
        return out.isEmpty() ? null : String.join("; ", out);
    }
}
