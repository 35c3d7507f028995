package org.vigil.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.text.Sentence;

/** Slogans: quoted words in a sentence that speaks of chanting, slogans or cries. */
final class SloganFinder {
    private static final Pattern CHANT = Pattern.compile("(?i)\\b(chant|slogan|cries|cried|shout|sang|sing|chanting|chanted|banners?|placards?|graffiti)");
    private static final Pattern QUOTED = Pattern.compile("[“\"]([^”\"]{3,120})[”\"]");

    private SloganFinder() {
    }

    static List<String> slogans(Sentence s) {
        List<String> out = new ArrayList<>();
        if (!CHANT.matcher(s.text()).find()) {
            return out;
        }
        Matcher m = QUOTED.matcher(s.text());
        while (m.find()) {
            String q = m.group(1).trim().replaceAll("[.,;:!]+$", "");
            if (!q.isEmpty() && q.split("\\s+").length <= 12) {
                out.add(q);
            }
        }
        return out;
    }
}
