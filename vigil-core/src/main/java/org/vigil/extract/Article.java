package org.vigil.extract;

import java.time.LocalDate;

/**
 * What an extractor finds in one page: the article's main text (paragraphs separated by blank lines, headline
 * left out) and the page's metadata. Every field but {@code text} may be null when the page does not say.
 */
public record Article(String title, String text, LocalDate published, String author, String publisher, String url,
                      String language) {

    public Article {
        text = text == null ? "" : text;
    }

    /** The same article with another text. */
    public Article withText(String t) {
        return new Article(title, t, published, author, publisher, url, language);
    }
}
