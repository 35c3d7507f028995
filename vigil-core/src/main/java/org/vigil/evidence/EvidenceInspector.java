package org.vigil.evidence;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Checks one file sent as evidence and derives what the store keeps beside the original: the SHA-256 of the bytes
 * as received, the media type from the bytes themselves, the metadata's claims, and for a photo its dimensions,
 * difference hash and thumbnail (both of the picture turned upright by the EXIF Orientation; the dimensions are
 * the stored pixels'). The original bytes are passed on untouched.
 *
 * <p>Refused (an {@link EvidenceRejectedException} naming the file): an empty file, one over the size limit, one that
 * is no photo or video this build knows, a photo that does not decode or is over {@link #MAX_PIXELS}. Damaged
 * metadata in a photo that decodes is not a refusal: the photo is kept, with a warning that its metadata was not read.
 */
public final class EvidenceInspector {
    /** The default largest file accepted, in bytes. */
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;
    /** Larger images are refused before decoding (a small file can declare a huge picture). */
    public static final long MAX_PIXELS = 60_000_000L;
    private final long maxBytes;

    public EvidenceInspector(long maxBytes) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("the file size limit must be positive");
        }
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    public InspectedFile inspect(String fileName, byte[] bytes) throws EvidenceRejectedException {
        String name = fileName == null || fileName.isBlank() ? "(unnamed file)" : fileName;
        if (bytes.length == 0) {
            throw new EvidenceRejectedException(name, "the file is empty (0 bytes)");
        }
        if (bytes.length > maxBytes) {
            throw new EvidenceTooLargeException(name, "the file is " + bytes.length + " bytes, over the limit of " + maxBytes);
        }
        String type = MediaSniffer.mediaType(bytes).orElseThrow(() -> new EvidenceRejectedException(name,
                "not a photo or video this server takes (JPEG, PNG, GIF, MP4, QuickTime, WebM), judged by its content"));
        MediaKind kind = MediaSniffer.kind(type);
        MediaMetadata meta = MetadataReader.read(bytes);
        List<String> warnings = new ArrayList<>();
        if (meta.error() != null) {
            warnings.add(name + ": its metadata is damaged and was not all read (" + meta.error() + ")");
        }
        String sha = Sha256.hex(bytes);
        if (kind == MediaKind.VIDEO) {
            return new InspectedFile(name, new EvidenceFile(sha, type, kind, bytes.length, null, null, null, meta),
                    bytes, null, warnings);
        }
        BufferedImage image = decode(name, bytes);
        EvidenceFile file = new EvidenceFile(sha, type, kind, bytes.length, image.getWidth(), image.getHeight(),
                PerceptualHash.dHash(uprightForHash(image, meta.orientation())), meta);
        return new InspectedFile(name, file, bytes, Thumbnails.jpeg(image, meta.orientation()), warnings);
    }

    /**
     * The picture as it is seen, for its hash: a re-post usually has its pixels turned upright and its EXIF stripped,
     * so the photo sent with an Orientation tag and that copy hash alike.
     */
    private static BufferedImage uprightForHash(BufferedImage image, Integer orientation) {
        return orientation == null ? image : Thumbnails.upright(image, orientation);
    }

    private static BufferedImage decode(String name, byte[] bytes) throws EvidenceRejectedException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new EvidenceRejectedException(name, "no image decoder reads this file");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > MAX_PIXELS) {
                    throw new EvidenceRejectedException(name, "the image is " + reader.getWidth(0) + " x "
                            + reader.getHeight(0) + " pixels, over the limit of " + MAX_PIXELS);
                }
                BufferedImage image = reader.read(0);
                if (image == null || image.getWidth() < 1 || image.getHeight() < 1) {
                    throw new EvidenceRejectedException(name, "the image has no pixels");
                }
                return image;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new EvidenceRejectedException(name, "not a readable image (" + e.getMessage() + ")");
        }
    }
}
