package org.vigil.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PerceptualHashTest {
    private static long hashOf(byte[] encoded) throws IOException {
        return PerceptualHash.dHash(ImageIO.read(new ByteArrayInputStream(encoded)));
    }

    @Test
    void resizedAndReencodedCopiesStayClose() throws IOException {
        BufferedImage original = TestMedia.picture(11, 1200, 900);
        long a = hashOf(TestMedia.jpeg(original, 0.95f));
        long smaller = hashOf(TestMedia.jpeg(TestMedia.resized(original, 400), 0.5f));
        long png = hashOf(TestMedia.png(TestMedia.resized(original, 640)));
        assertTrue(PerceptualHash.distance(a, smaller) <= 6, "resized, recompressed: " + PerceptualHash.distance(a, smaller));
        assertTrue(PerceptualHash.distance(a, png) <= 6, "resized, PNG: " + PerceptualHash.distance(a, png));
        assertTrue(PerceptualHash.nearDuplicates(a, smaller));
    }

    @Test
    void differentPicturesAreFar() throws IOException {
        int near = 0;
        long a = hashOf(TestMedia.jpeg(TestMedia.picture(11, 600, 450), 0.9f));
        for (long seed = 20; seed < 40; seed++) {
            long b = hashOf(TestMedia.jpeg(TestMedia.picture(seed, 600, 450), 0.9f));
            if (PerceptualHash.nearDuplicates(a, b)) {
                near++;
            }
        }
        assertEquals(0, near, "none of 20 different pictures is within the threshold");
    }

    @Test
    void distanceCountsDifferingBits() {
        assertEquals(0, PerceptualHash.distance(0x5L, 0x5L));
        assertEquals(64, PerceptualHash.distance(0L, -1L));
        assertEquals(2, PerceptualHash.distance(0b1010L, 0b0110L));
        assertEquals("00000000000000ff", PerceptualHash.hex(255));
    }
}
