package org.vigil.extract;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/** Fuzzing the article extractor: any markup gives an article (perhaps empty), never an exception. */
class ArticleExtractorFuzzTest {
    private static final ArticleExtractor EXTRACTOR = new ScoringArticleExtractor();

    @FuzzTest(maxDuration = "10m")
    void anyMarkupGivesAnArticle(FuzzedDataProvider data) {
        assertNotNull(EXTRACTOR.extract(data.consumeRemainingAsString(), "https://example.org/a"));
    }
}
