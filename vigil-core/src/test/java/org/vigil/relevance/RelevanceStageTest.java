package org.vigil.relevance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.assembly.Keys;
import org.vigil.assembly.StandardPipeline;
import org.vigil.model.Document;
import org.vigil.model.Mention;
import org.vigil.pipeline.AnnotatedDocument;

/** How the judge's probabilities become each mention's confidence. */
class RelevanceStageTest {
    /** A judge sure of every document and of every sentence but those naming an arrest (0.1). */
    private static final RelevanceJudge SURE_BUT_ARRESTS = (text, sentences) -> new Relevance(0.8,
            sentences.stream().map(s -> s.text().contains("arrest") ? 0.1 : 0.8).toList());

    private static List<Mention> mentions(String text) throws Exception {
        Document d = new Document("d", "t.txt", "Harbour Times", null, null, Instant.EPOCH, text, null, null);
        return StandardPipeline.create(SURE_BUT_ARRESTS).run(new AnnotatedDocument(d)).get(Keys.MENTIONS);
    }

    @Test
    void statementsAloneAreDiplomacyNotNewsOfProtestOrRepression() throws Exception {
        List<Mention> ms = mentions("The two trade ministers met in Vienna on Monday and signed an accord on fishing quotas.");
        assertTrue(ms.stream().anyMatch(m -> m.type().verbal()), ms.toString());
        ms.stream().filter(m -> m.type().verbal()).forEach(m -> assertEquals(0.0, m.confidence(), m.toString()));
    }

    @Test
    void aStatementIsNoSurerThanTheReportsSurestAct() throws Exception {
        List<Mention> ms = mentions("Police arrested students outside the university on Monday. "
                + "The rector condemned the arrests.");
        Mention arrest = ms.stream().filter(m -> !m.type().verbal()).findFirst().orElseThrow();
        double act = Math.cbrt(0.8 * 0.8 * 0.1);
        assertEquals(act, arrest.confidence(), 0.001);
        ms.stream().filter(m -> m.type().verbal()).forEach(m -> assertEquals(act, m.confidence(), 0.001, m.toString()));
    }

    @Test
    void anActItsSentenceCountsWeighsItsSentenceAsMuchAsItsReport() throws Exception {
        Mention counted = mentions("Police arrested forty students outside the university on Monday.").stream()
                .filter(m -> !m.type().verbal()).findFirst().orElseThrow();
        assertEquals(Math.sqrt(0.8 * 0.1), counted.confidence(), 0.001, counted.toString());
        Mention uncounted = mentions("Police arrested students outside the university on Monday.").stream()
                .filter(m -> !m.type().verbal()).findFirst().orElseThrow();
        assertEquals(Math.cbrt(0.8 * 0.8 * 0.1), uncounted.confidence(), 0.001, uncounted.toString());
    }
}
