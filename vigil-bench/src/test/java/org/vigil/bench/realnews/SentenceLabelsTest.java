package org.vigil.bench.realnews;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.vigil.bench.Shared;

/** The sentence labels point at the words they labelled (checked on reading), and at development documents only. */
class SentenceLabelsTest {
    @Test
    void everySentenceIsOfADevelopmentDocumentAndHoldsItsWords() throws Exception {
        Path bench = Shared.require("bench");
        List<SentenceLabels.LabelledSentence> sentences = SentenceLabels.read(Path.of("..").resolve(SentenceLabels.DEFAULT_FILE), bench);
        Set<String> test = RealNewsLabels.read(Path.of("..").resolve(RealNewsLabels.DEFAULT_FILE), bench).stream()
                .filter(RealNewsLabels.LabelledDocument::test).map(RealNewsLabels.LabelledDocument::id).collect(Collectors.toSet());
        assertTrue(sentences.size() >= 900, "labelled sentences: " + sentences.size());
        assertTrue(sentences.stream().noneMatch(s -> test.contains(s.doc())), "a sentence of a test document");
        assertTrue(sentences.stream().allMatch(s -> s.plover() != null || s.acled() == null), "a sub-type without a type");
    }
}
