package org.vigil.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PageDecoderTest {
    private static final String TEXT = "Manifestación en Málaga: «¡No a la subida!»";

    @Test
    void honoursTheHeaderThenTheMetaCharset() {
        byte[] latin = ("<p>" + TEXT + "</p>").getBytes(Charset.forName("windows-1252"));
        assertTrue(PageDecoder.decode(latin, "windows-1252").contains(TEXT));
        byte[] declared = ("<meta charset=\"iso-8859-1\"><p>" + TEXT + "</p>").getBytes(StandardCharsets.ISO_8859_1);
        assertTrue(PageDecoder.decode(declared, null).contains(TEXT));
        byte[] koi8 = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-r\"><p>Протест у здания</p>"
                .getBytes(Charset.forName("KOI8-R"));
        assertTrue(PageDecoder.decode(koi8, null).contains("Протест у здания"));
    }

    @Test
    void detectsWhenNothingIsDeclared() {
        assertTrue(PageDecoder.decode(TEXT.getBytes(StandardCharsets.UTF_8), null).contains(TEXT));
        assertTrue(PageDecoder.decode(TEXT.getBytes(Charset.forName("windows-1252")), null).contains(TEXT));
    }

    @Test
    void neverTrustsAWrongOrUnknownDeclaration() {
        byte[] utf8 = ("<meta charset=\"iso-8859-1\"><p>" + TEXT + "</p>").getBytes(StandardCharsets.UTF_8);
        assertTrue(PageDecoder.decode(utf8, null).contains(TEXT), "valid UTF-8 declared Latin-1");
        byte[] latin = ("<meta charset=\"utf-8\"><p>" + TEXT + "</p>").getBytes(Charset.forName("windows-1252"));
        assertTrue(PageDecoder.decode(latin, "utf-8").contains(TEXT), "Latin-1 declared UTF-8");
        byte[] bogus = ("<meta charset=\"no-such-charset!!\"><p>" + TEXT + "</p>").getBytes(StandardCharsets.UTF_8);
        assertTrue(PageDecoder.decode(bogus, "x-unknown").contains(TEXT));
    }

    @Test
    void aByteOrderMarkWins() {
        byte[] body = TEXT.getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[body.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(body, 0, withBom, 2, body.length);
        assertEquals(TEXT, PageDecoder.decode(withBom, "iso-8859-1"));
    }
}
