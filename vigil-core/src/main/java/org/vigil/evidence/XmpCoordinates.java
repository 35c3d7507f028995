package org.vigil.evidence;

import com.drew.metadata.xmp.XmpDirectory;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The GPS position an XMP packet claims: {@code exif:GPSLatitude} and {@code exif:GPSLongitude} in the XMP form
 * "DDD,MM,SSk" or "DDD,MM.mmk" (k one of N, S, E, W), or as signed decimal degrees, which some writers use. Both are
 * needed; a value out of range, a minute or second of 60 or more, or a latitude marked E/W is no position.
 */
final class XmpCoordinates {
    /** How {@link MediaMetadata#locationSource()} names this source. */
    static final String SOURCE = "XMP exif:GPSLatitude/GPSLongitude";
    private static final Pattern XMP_FORM = Pattern.compile("(\\d{1,3}),(\\d{1,2}(?:\\.\\d+)?)(?:,(\\d{1,2}(?:\\.\\d+)?))?([NSEW])");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d{1,3}(?:\\.\\d+)?");

    private XmpCoordinates() {
    }

    /** Latitude and longitude in degrees, or null when the packet gives no valid pair. */
    static double[] of(XmpDirectory xmp) {
        if (xmp == null) {
            return null;
        }
        Map<String, String> p = xmp.getXmpProperties();
        Double lat = coordinate(p.get("exif:GPSLatitude"), true);
        Double lon = coordinate(p.get("exif:GPSLongitude"), false);
        if (lat == null || lon == null || lat == 0 && lon == 0) {
            return null;
        }
        return new double[] {lat, lon};
    }

    /** One coordinate in degrees (south and west negative), or null when it is not one. */
    static Double coordinate(String value, boolean latitude) {
        if (value == null) {
            return null;
        }
        String v = value.trim().toUpperCase(Locale.ROOT);
        double max = latitude ? 90 : 180;
        if (DECIMAL.matcher(v).matches()) {
            double d = Double.parseDouble(v);
            return Math.abs(d) <= max ? d : null;
        }
        Matcher m = XMP_FORM.matcher(v);
        if (!m.matches()) {
            return null;
        }
        double minutes = Double.parseDouble(m.group(2));
        double seconds = m.group(3) == null ? 0 : Double.parseDouble(m.group(3));
        char k = m.group(4).charAt(0);
        boolean rightAxis = latitude ? k == 'N' || k == 'S' : k == 'E' || k == 'W';
        if (!rightAxis || minutes >= 60 || seconds >= 60 || m.group(3) != null && m.group(2).contains(".")) {
            return null;
        }
        double d = Integer.parseInt(m.group(1)) + minutes / 60 + seconds / 3600;
        if (d > max) {
            return null;
        }
        return k == 'S' || k == 'W' ? -d : d;
    }
}
