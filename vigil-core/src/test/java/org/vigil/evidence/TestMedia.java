package org.vigil.evidence;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Photos and videos made in the tests: pictures of coloured shapes (one seed, one picture), JPEGs at a chosen quality,
 * an EXIF APP1 segment written byte by byte (metadata-extractor cannot write), and a minimal MP4 with a creation time.
 */
public final class TestMedia {
    private TestMedia() {
    }

    /** A picture of shapes on a gradient; the same seed draws the same picture at any size. */
    public static BufferedImage picture(long seed, int width, int height) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        Random r = new Random(seed);
        for (int x = 0; x < width; x++) {
            g.setColor(new Color(40 + 150 * x / width, 90, 200 - 150 * x / width));
            g.drawLine(x, 0, x, height);
        }
        for (int i = 0; i < 12; i++) {
            g.setColor(new Color(r.nextInt(256), r.nextInt(256), r.nextInt(256)));
            int x = (int) (r.nextDouble() * width * 0.8);
            int y = (int) (r.nextDouble() * height * 0.8);
            int w = (int) (width * (0.1 + r.nextDouble() * 0.3));
            int h = (int) (height * (0.1 + r.nextDouble() * 0.3));
            if (r.nextBoolean()) {
                g.fillOval(x, y, w, h);
            } else {
                g.fillRect(x, y, w, h);
            }
        }
        g.dispose();
        return img;
    }

    public static byte[] jpeg(BufferedImage img, float quality) {
        ImageWriter w = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream ios = new MemoryCacheImageOutputStream(out)) {
            w.setOutput(ios);
            ImageWriteParam p = w.getDefaultWriteParam();
            p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            p.setCompressionQuality(quality);
            w.write(null, new IIOImage(img, null, null), p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            w.dispose();
        }
        return out.toByteArray();
    }

    public static byte[] png(BufferedImage img) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The JPEG with an EXIF APP1 segment after its SOI: DateTimeOriginal and GPS latitude/longitude (N/E if positive). */
    public static byte[] withExif(byte[] jpeg, String dateTimeOriginal, double lat, double lon) {
        return insertApp1(jpeg, app1(exifTiff(dateTimeOriginal, lat, lon), 0));
    }

    /** The JPEG with an EXIF APP1 segment whose IFD0 holds only this Orientation (a SHORT, any value). */
    public static byte[] withOrientation(byte[] jpeg, int orientation) {
        ByteBuffer t = ByteBuffer.allocate(8 + 2 + 12 + 4);
        t.put("MM".getBytes(StandardCharsets.US_ASCII)).putShort((short) 42).putInt(8);
        t.putShort((short) 1).putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        t.putInt(0);
        return insertApp1(jpeg, app1(t.array(), 0));
    }

    /** The JPEG with an XMP APP1 segment (Adobe's namespace header, then the packet) holding these exif: properties. */
    public static byte[] withXmp(byte[] jpeg, String... exifProperties) {
        StringBuilder attrs = new StringBuilder();
        for (int i = 0; i + 1 < exifProperties.length; i += 2) {
            attrs.append(" exif:").append(exifProperties[i]).append("=\"").append(exifProperties[i + 1]).append('"');
        }
        return withXmpPacket(jpeg, "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>"
                + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
                + "<rdf:Description rdf:about=\"\" xmlns:exif=\"http://ns.adobe.com/exif/1.0/\"" + attrs + "/>"
                + "</rdf:RDF></x:xmpmeta><?xpacket end=\"w\"?>");
    }

    /** The JPEG with an XMP APP1 segment holding this packet as it is (well-formed or not). */
    public static byte[] withXmpPacket(byte[] jpeg, String packet) {
        byte[] header = "http://ns.adobe.com/xap/1.0/\0".getBytes(StandardCharsets.US_ASCII);
        byte[] xml = packet.getBytes(StandardCharsets.UTF_8);
        ByteBuffer b = ByteBuffer.allocate(4 + header.length + xml.length);
        b.put((byte) 0xFF).put((byte) 0xE1).putShort((short) (2 + header.length + xml.length)).put(header).put(xml);
        return insertApp1(jpeg, b.array());
    }

    /** The JPEG with an APP1 segment whose declared length is {@code extra} bytes longer than the segment. */
    public static byte[] withLyingExifLength(byte[] jpeg, int extra) {
        return insertApp1(jpeg, app1(exifTiff("2026:11:02 14:05:09", 29.6, 51.6), extra));
    }

    /** The JPEG with an APP1 segment of the right length whose IFD points past its end (garbled inside). */
    public static byte[] withGarbledExif(byte[] jpeg) {
        ByteBuffer t = ByteBuffer.allocate(16);
        t.put("MM".getBytes(StandardCharsets.US_ASCII)).putShort((short) 42).putInt(8);
        t.putShort((short) 400).putShort((short) 0x8769).putShort((short) 4).putShort((short) 0); // 400 entries in 8 bytes
        return insertApp1(jpeg, app1(t.array(), 0));
    }

    private static byte[] app1(byte[] tiff, int extra) {
        byte[] exif = "Exif\0\0".getBytes(StandardCharsets.US_ASCII);
        int length = 2 + exif.length + tiff.length + extra;
        ByteBuffer b = ByteBuffer.allocate(4 + exif.length + tiff.length);
        b.put((byte) 0xFF).put((byte) 0xE1).putShort((short) length).put(exif).put(tiff);
        return b.array();
    }

    /** After SOI and the JFIF APP0 segment, if there is one. */
    private static byte[] insertApp1(byte[] jpeg, byte[] app1) {
        int at = 2;
        if ((jpeg[2] & 0xFF) == 0xFF && (jpeg[3] & 0xFF) == 0xE0) {
            at = 4 + (((jpeg[4] & 0xFF) << 8) | (jpeg[5] & 0xFF));
        }
        byte[] out = new byte[jpeg.length + app1.length];
        System.arraycopy(jpeg, 0, out, 0, at);
        System.arraycopy(app1, 0, out, at, app1.length);
        System.arraycopy(jpeg, at, out, at + app1.length, jpeg.length - at);
        return out;
    }

    /** A big-endian TIFF block: IFD0 (Exif and GPS pointers), the Exif IFD (DateTimeOriginal), the GPS IFD. */
    private static byte[] exifTiff(String dateTimeOriginal, double lat, double lon) {
        int ifd0 = 8;
        int exifIfd = ifd0 + 2 + 2 * 12 + 4;
        int date = exifIfd + 2 + 12 + 4;
        int gpsIfd = date + 20;
        int latAt = gpsIfd + 2 + 4 * 12 + 4;
        int lonAt = latAt + 24;
        ByteBuffer b = ByteBuffer.allocate(lonAt + 24);
        b.put("MM".getBytes(StandardCharsets.US_ASCII)).putShort((short) 42).putInt(ifd0);
        b.putShort((short) 2);
        entry(b, 0x8769, 4, 1, exifIfd);
        entry(b, 0x8825, 4, 1, gpsIfd);
        b.putInt(0);
        b.putShort((short) 1);
        entry(b, 0x9003, 2, 20, date);
        b.putInt(0);
        b.put((dateTimeOriginal + "\0").getBytes(StandardCharsets.US_ASCII));
        b.putShort((short) 4);
        entry(b, 0x0001, 2, 2, (lat >= 0 ? 'N' : 'S') << 24);
        entry(b, 0x0002, 5, 3, latAt);
        entry(b, 0x0003, 2, 2, (lon >= 0 ? 'E' : 'W') << 24);
        entry(b, 0x0004, 5, 3, lonAt);
        b.putInt(0);
        degrees(b, Math.abs(lat));
        degrees(b, Math.abs(lon));
        return b.array();
    }

    private static void entry(ByteBuffer b, int tag, int type, int count, int value) {
        b.putShort((short) tag).putShort((short) type).putInt(count).putInt(value);
    }

    /** Degrees, minutes and seconds as three rationals (seconds to 1/1000). */
    private static void degrees(ByteBuffer b, double v) {
        int d = (int) v;
        int m = (int) ((v - d) * 60);
        long s = Math.round(((v - d) * 60 - m) * 60 * 1000);
        b.putInt(d).putInt(1).putInt(m).putInt(1).putInt((int) s).putInt(1000);
    }

    /** A minimal MP4 (ftyp, moov with mvhd) whose creation time is this many seconds after 1970 (UTC). */
    public static byte[] mp4(long epochSeconds) {
        long since1904 = epochSeconds + 2_082_844_800L;
        ByteBuffer mvhd = ByteBuffer.allocate(108);
        mvhd.putInt(108).put("mvhd".getBytes(StandardCharsets.US_ASCII)).putInt(0);
        mvhd.putInt((int) since1904).putInt((int) since1904).putInt(1000).putInt(5000).putInt(0x00010000).putShort((short) 0x0100);
        mvhd.put(new byte[10]);
        int[] matrix = {0x00010000, 0, 0, 0, 0x00010000, 0, 0, 0, 0x40000000};
        for (int v : matrix) {
            mvhd.putInt(v);
        }
        mvhd.put(new byte[24]).putInt(2);
        ByteBuffer out = ByteBuffer.allocate(20 + 8 + 108);
        out.putInt(20).put("ftypisom".getBytes(StandardCharsets.US_ASCII)).putInt(512).put("isom".getBytes(StandardCharsets.US_ASCII));
        out.putInt(8 + 108).put("moov".getBytes(StandardCharsets.US_ASCII)).put(mvhd.array());
        return out.array();
    }

    /** The image scaled to this width (height in proportion), bilinear. */
    public static BufferedImage resized(BufferedImage img, int width) {
        int height = Math.max(1, img.getHeight() * width / img.getWidth());
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION, java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(img, 0, 0, width, height, null);
        g.dispose();
        return out;
    }
}
