package org.vigil.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.assembly.Keys;
import org.vigil.model.Document;
import org.vigil.pipeline.AnnotatedDocument;
import org.vigil.text.CleanTextStage;
import org.vigil.text.SentenceStage;

class PersianActorLexiconTest {
    private static final PersianActorLexicon LEXICON = PersianActorLexicon.load("/actor/actors-fa.tsv");

    private static List<String> fixture(String resource) throws IOException {
        try (InputStream in = PersianActorLexiconTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        }
    }

    /** Each found actor as id=text, the text cut from the original sentence at the span reported. */
    private static String found(String sentence) {
        List<String> out = LEXICON.find(sentence, 0, sentence.length()).stream()
                .map(m -> m.entry().id() + "=" + sentence.substring(m.span().start(), m.span().end())).toList();
        return out.isEmpty() ? "-" : String.join("|", out);
    }

    @Test
    void theWrittenSentencesGiveTheirActorsAtTheOriginalOffsets() throws IOException {
        List<String> rows = fixture("/actor/persian-actors.tsv");
        assertTrue(rows.size() >= 10, "fixture rows: " + rows.size());
        for (String row : rows) {
            String[] f = row.split("\t");
            assertEquals(f[1], found(f[0]), f[0]);
        }
    }

    @Test
    void everyPersianEntryIsAnActorOfTheEnglishLexiconWithItsRole() {
        ActorLexicon english = ActorLexicon.load("/actor/actors.tsv");
        assertTrue(LEXICON.entries().size() >= 30);
        for (LexiconEntry e : LEXICON.entries()) {
            LexiconEntry en = english.byId(e.id());
            assertNotNull(en, "actors-fa.tsv id " + e.id() + " is not in actors.tsv");
            assertEquals(en.role(), e.role(), e.id());
            assertEquals(en.name(), e.name(), e.id());
        }
    }

    @Test
    void letterVariantsAndTheZwnjAreFoldedAway() {
        String arabicLetters = "مامورين و نيروهاي امنيتي"; // Arabic yeh, no hamza on the alef
        assertEquals("security-forces=مامورين|security-forces=نيروهاي امنيتي", found(arabicLetters));
        assertEquals("security-forces=لباسشخصی\u200Cها", found("لباسشخصی\u200Cها آمدند"));
        assertEquals("-", found("دولتی و مردمی و استانداری"), "an adjective or a derived noun is not the actor");
    }

    @Test
    void theStageReadsPersianActorsOnlyInAPersianDocument() {
        String fa = "نیروهای امنیتی به سوی معترضان در خیابان شلیک کردند.";
        assertEquals(List.of("security-forces", "protesters"), stageIds(fa, "fa"));
        assertEquals(List.of(), stageIds(fa, "en"), "an English document is read with the English lexicon only");
        assertFalse(stageIds("Police fired on protesters in the street.", "en").isEmpty());
    }

    private static List<String> stageIds(String text, String language) {
        Document d = new Document("d", "t.txt", null, null, null, Instant.EPOCH, text, null, null, language);
        AnnotatedDocument doc = new AnnotatedDocument(d);
        new CleanTextStage().process(doc);
        new SentenceStage().process(doc);
        new ActorStage().process(doc);
        return doc.get(Keys.ACTORS).stream().map(ActorMention::id).toList();
    }

    @Test
    void aRowWithoutItsAliasesIsRefusedWithTheFileNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PersianActorLexicon.load("/actor/actors-fa-malformed.tsv"));
        assertTrue(e.getMessage().contains("actors-fa-malformed.tsv line 2"), e.getMessage());
    }
}
