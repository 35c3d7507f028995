package org.vigil.extract;

import java.util.List;
import java.util.Set;

/**
 * Fast tests on the words of class and id attributes (split at anything not a letter): a word is one of a set
 * of exact words, or holds one of a list of stems. Cheaper than a regular expression per element.
 */
record NameWords(Set<String> exact, List<String> stems) {

    /** Whether any word of the lower-case names is an exact word or holds a stem. */
    boolean matches(String names) {
        int n = names.length();
        int start = -1;
        for (int i = 0; i <= n; i++) {
            boolean letter = i < n && Character.isLetter(names.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                if (word(names.substring(start, i))) {
                    return true;
                }
                start = -1;
            }
        }
        return false;
    }

    private boolean word(String w) {
        if (exact.contains(w)) {
            return true;
        }
        for (String s : stems) {
            if (w.contains(s)) {
                return true;
            }
        }
        return false;
    }
}
