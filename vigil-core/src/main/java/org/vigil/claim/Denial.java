package org.vigil.claim;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.model.Claim;
import org.vigil.model.Span;
import org.vigil.text.Sentence;

/**
 * "The government denied reports that as many as four people were killed": the figure is the claim of the
 * reports (unnamed, hedged), not of the government, whose denial is its own claim of zero.
 */
final class Denial {
    private static final Pattern DENIED = Pattern.compile("(?i)\\b(?:denied|denies|deny|dismissed|dismisses|rejected|"
            + "rejects|refuted|refutes|disputed|disputes)\\s+(?:the\\s+|those\\s+|these\\s+)?((?:media\\s+|press\\s+|earlier\\s+"
            + "|unconfirmed\\s+|opposition\\s+)?(?:reports?|claims?|allegations?|rumou?rs?|accounts?))\\b");

    private Denial() {
    }

    /** The denied source ("reports") when the figure's sentence denies it before the figure, else null. */
    static String deniedSource(String text, Sentence s, Span figure) {
        Matcher m = DENIED.matcher(text).region(s.span().start(), figure.start());
        String found = null;
        while (m.find()) {
            found = m.group(1).toLowerCase(java.util.Locale.ROOT);
        }
        return found;
    }

    /** The figure as the denied source's claim: unnamed, hedged as reported, relayed by the denier's report. */
    static Claim asReported(Claim c, String source) {
        String hedge = c.hedge() == null ? "reported, denied" : c.hedge() + ", reported, denied";
        return new Claim(c.kind(), c.low(), c.high(), "unnamed " + source, c.claimantVia(), hedge, c.documentId(),
                c.quote(), c.quoteSpan(), c.mentionId());
    }

    /** The denier's own claim: zero of the same kind, with the same quote. */
    static Claim denial(Claim c) {
        return new Claim(c.kind(), 0L, 0L, c.claimant(), c.claimantVia(), "denial", c.documentId(), c.quote(),
                c.quoteSpan(), c.mentionId());
    }
}
