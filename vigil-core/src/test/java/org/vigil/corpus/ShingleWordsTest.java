package org.vigil.corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ShingleWordsTest {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    @Test
    void wordsAreTheRunsThePatternFinds() {
        List<String> texts = new ArrayList<>(List.of("", "Police fired tear gas at 1,200 protesters in Kazerun.",
                "İstanbul ½ Ⅻ ٣٤ ₂ 𝐀𝐁 x\uD835 \uDC00y ۱۸ نفر ﻿no-break", "ª º _under_score ẞig", "ΟΔΟΣ ΑΘΗΝΑΣ ΣΤΗΝ ΠΛΑΤΕΙΑ ΣΥΝΤΑΓΜΑΤΟΣ ΣΗΜΕΡΑ", "The Police fired tear gas at the crowd"));
        Random r = new Random(7);
        String alphabet = "aZ9 ,.'-_İıſ½Ⅻ٣\uD835\uDC00\uD835ß\u0301é\n";
        for (int t = 0; t < 300; t++) {
            StringBuilder b = new StringBuilder();
            for (int i = r.nextInt(80); i > 0; i--) {
                b.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            texts.add(b.toString());
        }
        for (String text : texts) {
            List<String> words = new ArrayList<>();
            List<Integer> offsets = new ArrayList<>();
            Matcher m = WORD.matcher(text);
            while (m.find()) {
                words.add(m.group().toLowerCase(Locale.ROOT));
                offsets.add(m.start());
            }
            ShingleCopyDetector.Words w = ShingleCopyDetector.wordsOf(text);
            assertEquals(words, w.words(), text);
            assertEquals(offsets, w.offsets(), text);
            assertArrayEquals(shinglesOf(words), ShingleCopyDetector.shingles(text), text);
        }
    }

    /** The shingle hashes as first defined: FNV-1a over five lower-cased words, each followed by a space. */
    private static long[] shinglesOf(List<String> words) {
        long[] out = new long[Math.max(0, words.size() - 4)];
        for (int i = 0; i < out.length; i++) {
            long h = 0xcbf29ce484222325L;
            for (String w : words.subList(i, i + 5)) {
                for (char c : (w + " ").toCharArray()) {
                    h = (h ^ c) * 0x100000001b3L;
                }
            }
            out[i] = h;
        }
        return out;
    }
}
