package org.vigil.evidence;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * A small JPEG made from a decoded photo, turned upright by the photo's EXIF Orientation: a separate, derived file;
 * the original is never touched (its pixels and its Orientation tag stay as they came).
 */
public final class Thumbnails {
    /** The longer side of a thumbnail, in pixels. */
    public static final int SIZE = 320;

    private Thumbnails() {
    }

    /** The thumbnail of a picture whose pixels stand upright as stored. */
    public static byte[] jpeg(BufferedImage image) {
        return jpeg(image, null);
    }

    /**
     * The thumbnail of a picture with this EXIF Orientation (1 to 8; null or anything else: as stored): 3 turns it
     * half round, 6 a quarter clockwise, 8 a quarter anticlockwise, 2 and 4 mirror it, 5 and 7 do both.
     */
    public static byte[] jpeg(BufferedImage image, Integer orientation) {
        BufferedImage small = upright(scaled(image), orientation == null ? 1 : orientation);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(small, "jpeg", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode a thumbnail in memory", e);
        }
        return bytes.toByteArray();
    }

    private static BufferedImage scaled(BufferedImage image) {
        double scale = Math.min(1.0, (double) SIZE / Math.max(image.getWidth(), image.getHeight()));
        int w = Math.max(1, (int) Math.round(image.getWidth() * scale));
        int h = Math.max(1, (int) Math.round(image.getHeight() * scale));
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setColor(Color.WHITE); // transparency becomes white, not black
            g.fillRect(0, 0, w, h);
            g.drawImage(image, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /** The picture turned and mirrored as EXIF Orientation {@code o} says its stored pixels must be to stand upright. */
    static BufferedImage upright(BufferedImage in, int o) {
        if (o < 2 || o > 8) {
            return in;
        }
        int w = in.getWidth();
        int h = in.getHeight();
        boolean quarter = o >= 5;
        BufferedImage out = new BufferedImage(quarter ? h : w, quarter ? w : h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int rgb = in.getRGB(x, y);
                switch (o) {
                    case 2 -> out.setRGB(w - 1 - x, y, rgb);
                    case 3 -> out.setRGB(w - 1 - x, h - 1 - y, rgb);
                    case 4 -> out.setRGB(x, h - 1 - y, rgb);
                    case 5 -> out.setRGB(y, x, rgb);
                    case 6 -> out.setRGB(h - 1 - y, x, rgb);
                    case 7 -> out.setRGB(h - 1 - y, w - 1 - x, rgb);
                    default -> out.setRGB(y, w - 1 - x, rgb);
                }
            }
        }
        return out;
    }
}
