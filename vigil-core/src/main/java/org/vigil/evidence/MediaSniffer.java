package org.vigil.evidence;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The media type of a file from its first bytes, never from its name or the type the sender declared: JPEG, PNG
 * and GIF photos; MP4, QuickTime and WebM videos.
 */
public final class MediaSniffer {
    private MediaSniffer() {
    }

    public static Optional<String> mediaType(byte[] b) {
        if (starts(b, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("image/jpeg");
        }
        if (starts(b, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of("image/png");
        }
        if (ascii(b, 0, "GIF87a") || ascii(b, 0, "GIF89a")) {
            return Optional.of("image/gif");
        }
        if (ascii(b, 4, "ftyp")) {
            return Optional.of(ascii(b, 8, "qt  ") ? "video/quicktime" : "video/mp4");
        }
        if (starts(b, 0x1A, 0x45, 0xDF, 0xA3)) {
            return Optional.of("video/webm");
        }
        return Optional.empty();
    }

    public static MediaKind kind(String mediaType) {
        return mediaType.startsWith("video/") ? MediaKind.VIDEO : MediaKind.PHOTO;
    }

    private static boolean starts(byte[] b, int... magic) {
        if (b.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((b[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean ascii(byte[] b, int at, String s) {
        return b.length >= at + s.length() && new String(b, at, s.length(), StandardCharsets.ISO_8859_1).equals(s);
    }
}
