package org.vigil.pipeline;

import org.vigil.assembly.Keys;
import org.vigil.assembly.StandardPipeline;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vigil.model.Document;
import org.vigil.text.SentenceStage;

/**
 * Texts built to make the stages slow (work quadratic in a sentence's length or in a document's names): each goes
 * through the whole pipeline in bounded time. Before the limits (sentences of at most {@link SentenceStage#MAX_TOKENS}
 * tokens, one pass for surnames, interval maps for overlaps and people's names, one anchor per place) the
 * capitalised runs took over two minutes; the bound here is generous for a shared machine.
 */
class HostileTextTest {
    private static final Pipeline PIPELINE = StandardPipeline.create();

    private static String text(String kind) {
        Random r = new Random(7);
        return switch (kind) {
            case "digits" -> "Police said " + "7".repeat(50_000) + " people were arrested in Kazerun.";
            case "one-town" -> String.join(" ", java.util.Collections.nCopies(30_000, "Kazerun")) + " protesters marched.";
            case "capitalised" -> IntStream.range(0, 50_000).mapToObj(i -> new String[] {"New", "York", "Police", "Fars",
                    "Province", "Iran", "Tehran", "Mr.", "Said", "The"}[r.nextInt(10)]).collect(Collectors.joining(" "));
            case "quotes" -> "\"".repeat(100_000) + " said 4 were killed.";
            case "numbers" -> IntStream.range(0, 40_000).mapToObj(Integer::toString).collect(Collectors.joining(" ")) + " killed";
            case "dates" -> "May 5, 2018 to June 6, 2019 and ".repeat(5_000);
            case "brackets" -> "(".repeat(50_000) + "killed 3" + ")".repeat(50_000);
            case "one-word" -> "a".repeat(2_000_000);
            default -> throw new IllegalArgumentException(kind);
        };
    }

    @org.junit.jupiter.api.Test
    void aTextWithMoreEventMentionsThanAReportHoldsIsRefusedWithTheLimit() {
        String t = "Protesters marched in Kazerun. ".repeat(org.vigil.mention.MentionStage.MAX_MENTIONS + 10);
        Document d = new Document("list", "list.txt", null, null, null, Instant.EPOCH, t, t, null);
        StageException e = org.junit.jupiter.api.Assertions.assertThrows(StageException.class, () -> PIPELINE.run(new AnnotatedDocument(d)));
        assertTrue(e.getMessage().contains("over the limit of 5000"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"digits", "one-town", "capitalised", "quotes", "numbers", "dates", "brackets", "one-word"})
    void aHostileTextGoesThroughInBoundedTime(String kind) {
        String t = text(kind);
        Document d = new Document("hostile-" + kind, "hostile/" + kind + ".txt", null, null, null, Instant.EPOCH, t, t, null);
        AnnotatedDocument out = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> PIPELINE.run(new AnnotatedDocument(d)));
        assertTrue(out.get(Keys.SENTENCES).stream().allMatch(s -> s.tokens().size() <= SentenceStage.MAX_TOKENS));
    }
}
