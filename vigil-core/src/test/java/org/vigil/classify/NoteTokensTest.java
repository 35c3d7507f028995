package org.vigil.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class NoteTokensTest {
    @Test
    void marksTheWordsAfterANegatorUpToTheClauseEnd() {
        assertEquals(List.of("no", "n:arrests", "n:were", "n:made", "police", "left"),
                NoteTokens.marked("No arrests were made. Police left"));
    }

    @Test
    void contractedNegationAndButEndTheScope() {
        assertEquals(List.of("police", "didn", "t", "n:intervene", "but", "protesters", "dispersed"),
                NoteTokens.marked("Police didn't intervene but protesters dispersed"));
    }

    @Test
    void scopeIsAtMostSixWords() {
        List<String> words = NoteTokens.marked("without a b c d e f g h");
        assertEquals("n:f", words.get(6));
        assertEquals("g", words.get(7));
    }

    @Test
    void digitsFoldAndPlainDropsTheMark() {
        assertEquals(List.of("not", "n:people"), NoteTokens.marked("not 1,200 people").stream()
                .filter(w -> !w.contains("0")).toList());
        assertEquals("arrests", NoteTokens.plain("n:arrests"));
        assertEquals("arrests", NoteTokens.plain("arrests"));
    }
}
