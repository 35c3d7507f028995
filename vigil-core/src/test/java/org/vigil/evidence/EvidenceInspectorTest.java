package org.vigil.evidence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class EvidenceInspectorTest {
    private final EvidenceInspector inspector = new EvidenceInspector(EvidenceInspector.DEFAULT_MAX_BYTES);

    @Test
    void sha256OfKnownBytes() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                Sha256.hex("abc".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void photoKeepsItsBytesAndGetsHashAndThumbnail() throws Exception {
        byte[] jpeg = TestMedia.jpeg(TestMedia.picture(1, 800, 600), 0.9f);
        byte[] copy = jpeg.clone();
        InspectedFile f = inspector.inspect("march.jpg", jpeg);
        assertArrayEquals(copy, f.original(), "the original passes through untouched");
        assertEquals(Sha256.hex(copy), f.file().sha256());
        assertEquals("image/jpeg", f.file().mediaType());
        assertEquals(MediaKind.PHOTO, f.file().kind());
        assertEquals(800, f.file().width());
        assertEquals(600, f.file().height());
        assertNotNull(f.file().dhash());
        BufferedImage thumb = ImageIO.read(new ByteArrayInputStream(f.thumbnail()));
        assertEquals(Thumbnails.SIZE, thumb.getWidth());
        assertEquals(240, thumb.getHeight());
        assertTrue(f.warnings().isEmpty());
    }

    @Test
    void exifCaptureTimeAndGpsAreRead() throws Exception {
        byte[] jpeg = TestMedia.withExif(TestMedia.jpeg(TestMedia.picture(2, 200, 150), 0.9f), "2026:11:02 14:05:09",
                29.6190, -51.6540);
        InspectedFile f = inspector.inspect("square.jpg", jpeg);
        MediaMetadata m = f.file().metadata();
        assertEquals("2026-11-02T14:05:09", m.capturedAt());
        assertEquals("EXIF DateTimeOriginal", m.capturedAtSource());
        assertEquals(29.6190, m.latitude(), 1e-4);
        assertEquals(-51.6540, m.longitude(), 1e-4);
        assertNull(m.error());
        assertNotNull(f.thumbnail(), "the image with its EXIF still decodes");
    }

    @Test
    void xmpGivesTimeAndPositionWhenExifHasNone() throws Exception {
        byte[] jpeg = TestMedia.withXmp(TestMedia.jpeg(TestMedia.picture(11, 240, 180), 0.9f),
                "DateTimeOriginal", "2026-11-01T15:20:00+03:30", "GPSLatitude", "29,37.1514N", "GPSLongitude", "51,39,12.6E");
        MediaMetadata m = inspector.inspect("xmp.jpg", jpeg).file().metadata();
        assertEquals("2026-11-01T15:20:00+03:30", m.capturedAt());
        assertEquals("XMP exif:DateTimeOriginal", m.capturedAtSource());
        assertEquals(29.61919, m.latitude(), 1e-5);
        assertEquals(51.6535, m.longitude(), 1e-5);
        assertEquals("XMP exif:GPSLatitude/GPSLongitude", m.locationSource());
        assertNull(m.error());
    }

    @Test
    void exifWinsOverXmpAndBadXmpPositionsAreNone() throws Exception {
        byte[] both = TestMedia.withXmp(TestMedia.withExif(TestMedia.jpeg(TestMedia.picture(12, 160, 120), 0.9f),
                "2026:11:02 14:05:09", 35.6892, 51.3890), "DateTimeOriginal", "2020-01-01T00:00:00",
                "GPSLatitude", "10,0.0S", "GPSLongitude", "10,0.0W");
        MediaMetadata m = inspector.inspect("both.jpg", both).file().metadata();
        assertEquals("2026-11-02T14:05:09", m.capturedAt());
        assertEquals(35.6892, m.latitude(), 1e-4);
        assertEquals("EXIF GPS", m.locationSource());
        for (String[] bad : new String[][] {{"29,37.15E", "51,39.21E"}, {"95,0.0N", "51,0.0E"}, {"29,61.0N", "51,0.0E"},
                {"north of the square", "51,0.0E"}, {"29,37.15N", ""}}) {
            byte[] jpeg = TestMedia.withXmp(TestMedia.jpeg(TestMedia.picture(13, 160, 120), 0.9f),
                    "GPSLatitude", bad[0], "GPSLongitude", bad[1]);
            MediaMetadata none = inspector.inspect("bad-xmp.jpg", jpeg).file().metadata();
            assertNull(none.latitude(), bad[0] + " / " + bad[1]);
            assertNull(none.locationSource());
        }
        assertEquals(-33.8675, XmpCoordinates.coordinate("-33.8675", true), 1e-9, "signed decimal degrees");
        assertEquals(-151.5, XmpCoordinates.coordinate("151,30W", false), 1e-9);
    }

    @Test
    void anXmpPacketThatIsNotXmlKeepsThePhotoWithAWarning() throws Exception {
        byte[] jpeg = TestMedia.withXmpPacket(TestMedia.jpeg(TestMedia.picture(14, 160, 120), 0.9f),
                "<x:xmpmeta><rdf:RDF exif:GPSLatitude=\"29,37N\"");
        InspectedFile f = inspector.inspect("broken-xmp.jpg", jpeg);
        assertNull(f.file().metadata().latitude());
        assertNotNull(f.thumbnail(), "the photo is kept");
        assertEquals(1, f.warnings().size(), f.warnings().toString());
        assertTrue(f.warnings().get(0).startsWith("broken-xmp.jpg: its metadata is damaged"), f.warnings().get(0));
    }

    /** An 800 x 600 picture, grey, with a red block in its top-left corner as stored. */
    private static BufferedImage redCornered() {
        BufferedImage img = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = img.createGraphics();
        g.setColor(java.awt.Color.GRAY);
        g.fillRect(0, 0, 800, 600);
        g.setColor(java.awt.Color.RED);
        g.fillRect(0, 0, 200, 150);
        g.dispose();
        return img;
    }

    private static boolean red(BufferedImage img, int x, int y) {
        int p = img.getRGB(x, y);
        return ((p >> 16) & 0xFF) > 180 && ((p >> 8) & 0xFF) < 80 && (p & 0xFF) < 80;
    }

    @Test
    void aPhotoTurnedByItsExifAndARepostWithThePixelsTurnedHashAlike() throws Exception {
        BufferedImage stored = TestMedia.picture(7, 800, 600);
        byte[] sent = TestMedia.withOrientation(TestMedia.jpeg(stored, 0.9f), 6);
        byte[] repost = TestMedia.jpeg(Thumbnails.upright(stored, 6), 0.8f);
        long sentHash = inspector.inspect("sent.jpg", sent).file().dhash();
        assertTrue(PerceptualHash.nearDuplicates(sentHash, inspector.inspect("repost.jpg", repost).file().dhash()));
        long storedHash = inspector.inspect("stored.jpg", TestMedia.jpeg(stored, 0.9f)).file().dhash();
        assertFalse(PerceptualHash.nearDuplicates(sentHash, storedHash), "the hash is of the picture as seen, turned");
    }

    @Test
    void theThumbnailStandsUprightByTheExifOrientationAndTheOriginalStaysAsSent() throws Exception {
        byte[] plain = TestMedia.jpeg(redCornered(), 0.9f);
        long storedHash = inspector.inspect("plain.jpg", plain).file().dhash();
        // {orientation, thumbnail width, height, x and y (in 1/8ths) where the stored top-left corner ends up}
        int[][] cases = {{1, 320, 240, 0, 0}, {2, 320, 240, 7, 0}, {3, 320, 240, 7, 7}, {4, 320, 240, 0, 7},
                {5, 240, 320, 0, 0}, {6, 240, 320, 7, 0}, {7, 240, 320, 7, 7}, {8, 240, 320, 0, 7}};
        for (int[] c : cases) {
            byte[] jpeg = TestMedia.withOrientation(plain, c[0]);
            byte[] sent = jpeg.clone();
            InspectedFile f = inspector.inspect("turned.jpg", jpeg);
            assertArrayEquals(sent, f.original(), "the original keeps its bytes, orientation " + c[0]);
            assertEquals(c[0] == 1 ? null : c[0], f.file().metadata().orientation());
            assertEquals(800, f.file().width(), "the dimensions are the stored pixels'");
            if (c[0] == 1) {
                assertEquals(storedHash, f.file().dhash(), "upright as stored: the stored pixels' hash");
            }
            long seen = inspector.inspect("baked.jpg", TestMedia.jpeg(Thumbnails.upright(redCornered(), c[0]), 0.9f)).file().dhash();
            assertTrue(PerceptualHash.nearDuplicates(seen, f.file().dhash()),
                    "the hash is of the picture as seen: a re-post turned upright without EXIF matches, orientation " + c[0]);
            BufferedImage thumb = ImageIO.read(new ByteArrayInputStream(f.thumbnail()));
            assertEquals(c[1], thumb.getWidth(), "orientation " + c[0]);
            assertEquals(c[2], thumb.getHeight(), "orientation " + c[0]);
            int x = (2 * c[3] + 1) * thumb.getWidth() / 16;
            int y = (2 * c[4] + 1) * thumb.getHeight() / 16;
            assertTrue(red(thumb, x, y), "orientation " + c[0] + ": the red corner at " + x + "," + y);
            assertEquals(1, java.util.stream.IntStream.of(0, 7).boxed().flatMap(i -> java.util.stream.IntStream.of(0, 7)
                    .mapToObj(j -> red(thumb, (2 * i + 1) * thumb.getWidth() / 16, (2 * j + 1) * thumb.getHeight() / 16)))
                    .filter(Boolean::booleanValue).count(), "one red corner, orientation " + c[0]);
        }
    }

    @Test
    void anOrientationOutOfRangeIsIgnored() throws Exception {
        for (int bad : new int[] {0, 9, 65535}) {
            InspectedFile f = inspector.inspect("odd.jpg", TestMedia.withOrientation(TestMedia.jpeg(redCornered(), 0.9f), bad));
            assertNull(f.file().metadata().orientation());
            BufferedImage thumb = ImageIO.read(new ByteArrayInputStream(f.thumbnail()));
            assertEquals(320, thumb.getWidth());
            assertTrue(red(thumb, 20, 15), "as stored, orientation " + bad);
        }
    }

    @Test
    void theCommittedFixtureCarriesItsExif() throws Exception {
        byte[] jpeg;
        try (InputStream in = getClass().getResourceAsStream("/evidence/exif-gps.jpg")) {
            jpeg = in.readAllBytes();
        }
        MediaMetadata m = inspector.inspect("exif-gps.jpg", jpeg).file().metadata();
        assertEquals("2026-03-14T09:30:00", m.capturedAt());
        assertEquals(35.6892, m.latitude(), 1e-4);
        assertEquals(51.3890, m.longitude(), 1e-4);
    }

    @Test
    void garbledExifKeepsThePhotoWithAWarning() throws Exception {
        byte[] jpeg = TestMedia.withGarbledExif(TestMedia.jpeg(TestMedia.picture(3, 120, 90), 0.9f));
        InspectedFile f = inspector.inspect("garbled.jpg", jpeg);
        assertNull(f.file().metadata().capturedAt());
        assertNotNull(f.file().metadata().error());
        assertEquals(1, f.warnings().size());
        assertTrue(f.warnings().get(0).startsWith("garbled.jpg: its metadata is damaged"), f.warnings().get(0));
    }

    @Test
    void exifThatLiesAboutItsLengthIsRefusedNamingTheFile() {
        byte[] jpeg = TestMedia.withLyingExifLength(TestMedia.jpeg(TestMedia.picture(4, 120, 90), 0.9f), 40_000);
        var e = assertThrows(EvidenceRejectedException.class, () -> inspector.inspect("lying.jpg", jpeg));
        assertTrue(e.getMessage().startsWith("lying.jpg: not a readable image"), e.getMessage());
    }

    @Test
    void badFilesAreRefusedNamingTheFileAndWhy() {
        var empty = assertThrows(EvidenceRejectedException.class, () -> inspector.inspect("empty.jpg", new byte[0]));
        assertEquals("empty.jpg: the file is empty (0 bytes)", empty.getMessage());
        var text = assertThrows(EvidenceRejectedException.class,
                () -> inspector.inspect("photo.jpg", "not a picture at all".getBytes(StandardCharsets.UTF_8)));
        assertTrue(text.getMessage().startsWith("photo.jpg: not a photo or video"), text.getMessage());
        byte[] truncated = java.util.Arrays.copyOf(TestMedia.jpeg(TestMedia.picture(5, 300, 300), 0.9f), 40);
        var cut = assertThrows(EvidenceRejectedException.class, () -> inspector.inspect("cut.jpg", truncated));
        assertTrue(cut.getMessage().startsWith("cut.jpg: not a readable image"), cut.getMessage());
        var big = assertThrows(EvidenceRejectedException.class,
                () -> new EvidenceInspector(100).inspect("big.png", TestMedia.png(TestMedia.picture(6, 64, 64))));
        assertTrue(big.getMessage().contains("over the limit of 100"), big.getMessage());
    }

    @Test
    void videoIsHashedWithItsContainerCreationTime() throws Exception {
        byte[] mp4 = TestMedia.mp4(1_793_000_000L);
        InspectedFile f = inspector.inspect("clip.mp4", mp4);
        assertEquals(MediaKind.VIDEO, f.file().kind());
        assertEquals("video/mp4", f.file().mediaType());
        assertNull(f.thumbnail());
        assertNull(f.file().dhash());
        assertEquals(java.time.Instant.ofEpochSecond(1_793_000_000L).atOffset(java.time.ZoneOffset.UTC).toString(),
                f.file().metadata().capturedAt());
    }
}
