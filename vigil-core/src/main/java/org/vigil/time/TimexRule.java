package org.vigil.time;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One extent pattern and how to normalise what it matches. Patterns are case-insensitive and whole-word. */
record TimexRule(String name, Pattern pattern, Normaliser normaliser) {
    /** Turns a match into a TimeML value against the anchors; null rejects the match. */
    @FunctionalInterface
    interface Normaliser {
        Resolution resolve(Matcher m, Anchoring a);
    }

    static TimexRule of(String name, String regex, Normaliser n) {
        return new TimexRule(name, Pattern.compile("(?<![\\p{L}\\d])(?:" + regex + ")(?![\\p{L}\\d]|-\\p{L})", Pattern.CASE_INSENSITIVE), n);
    }
}
