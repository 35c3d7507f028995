package org.vigil.time;

import java.util.regex.Pattern;

/**
 * The ASCII characters a non-empty match of a pattern can begin with, read off the pattern's source: a rule
 * need not be tried where the text holds another ASCII character (extents must not be empty, so an empty match
 * there counts for nothing either). Conservative: letters count in both cases, lookarounds and flags are ignored,
 * and a construct it does not know gives no answer ({@link #of} returns null: try everywhere).
 */
final class FirstChars {
    private static final int UNKNOWN_FLAGS = Pattern.UNICODE_CASE | Pattern.COMMENTS | Pattern.LITERAL
            | Pattern.CANON_EQ | Pattern.UNICODE_CHARACTER_CLASS;
    private final String src;
    private int pos;

    private FirstChars(String src) {
        this.src = src;
    }

    /** The pattern's possible first ASCII characters (bit c of the 128), or null when it cannot tell. */
    static boolean[] of(Pattern p) {
        if ((p.flags() & UNKNOWN_FLAGS) != 0) {
            return null;
        }
        try {
            FirstChars f = new FirstChars(p.pattern());
            Part whole = f.alternation();
            return f.pos == f.src.length() ? whole.first : null;
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return null;
        }
    }

    /** The first characters of a piece of pattern, and whether it can match nothing. */
    private record Part(boolean[] first, boolean nullable) {
        static Part empty() {
            return new Part(new boolean[128], true);
        }
    }

    private Part alternation() {
        Part p = sequence();
        while (pos < src.length() && src.charAt(pos) == '|') {
            pos++;
            Part q = sequence();
            p = new Part(union(p.first, q.first), p.nullable || q.nullable);
        }
        return p;
    }

    private Part sequence() {
        boolean[] first = new boolean[128];
        boolean nullable = true;
        while (pos < src.length() && src.charAt(pos) != '|' && src.charAt(pos) != ')') {
            Part item = quantified(atom());
            if (nullable) {
                union(first, item.first);
            }
            nullable &= item.nullable;
        }
        return new Part(first, nullable);
    }

    private Part quantified(Part atom) {
        if (pos >= src.length()) {
            return atom;
        }
        char c = src.charAt(pos);
        boolean optional;
        if (c == '?' || c == '*' || c == '+') {
            pos++;
            optional = c != '+';
        } else if (c == '{') {
            int close = src.indexOf('}', pos);
            String bounds = src.substring(pos + 1, close);
            if (!bounds.matches("\\d+(?:,\\d*)?")) {
                throw new IllegalArgumentException(bounds);
            }
            optional = Integer.parseInt(bounds.split(",")[0]) == 0;
            pos = close + 1;
        } else {
            return atom;
        }
        if (pos < src.length() && (src.charAt(pos) == '?' || src.charAt(pos) == '+')) {
            pos++;
        }
        return new Part(atom.first, atom.nullable || optional);
    }

    private Part atom() {
        char c = src.charAt(pos++);
        return switch (c) {
            case '(' -> group();
            case '[' -> new Part(charClass(), false);
            case '\\' -> escape();
            case '.' -> new Part(all(), false);
            case '^', '$' -> Part.empty();
            case '*', '+', '?', '{', '}', ']' -> throw new IllegalArgumentException("at " + pos);
            default -> new Part(literal(c, new boolean[128]), false);
        };
    }

    /** After "(": a group, a lookaround (matches nothing), or inline flags. */
    private Part group() {
        boolean zeroWidth = false;
        if (src.startsWith("?", pos)) {
            if (src.startsWith("?:", pos) || src.startsWith("?>", pos)) {
                pos += 2;
            } else if (src.startsWith("?=", pos) || src.startsWith("?!", pos)) {
                pos += 2;
                zeroWidth = true;
            } else if (src.startsWith("?<=", pos) || src.startsWith("?<!", pos)) {
                pos += 3;
                zeroWidth = true;
            } else if (src.startsWith("?<", pos)) {
                pos = src.indexOf('>', pos) + 1;
            } else {
                int end = pos + 1;
                while (src.charAt(end) == 'i' || src.charAt(end) == '-') {
                    end++;
                }
                boolean alone = src.charAt(end) == ')';
                if (!alone && src.charAt(end) != ':') {
                    throw new IllegalArgumentException("flags at " + pos);
                }
                pos = end + 1;
                if (alone) {
                    return Part.empty();
                }
            }
        }
        Part inner = alternation();
        if (src.charAt(pos++) != ')') {
            throw new IllegalArgumentException("unclosed group");
        }
        return zeroWidth ? Part.empty() : inner;
    }

    private Part escape() {
        char c = src.charAt(pos);
        if ("bBAzZG".indexOf(c) >= 0) {
            pos++;
            return Part.empty();
        }
        if (c == 'k') {
            pos = src.indexOf('>', pos) + 1;
            return new Part(all(), true); // a back reference: what the group matched, perhaps nothing
        }
        if (c == 'Q') {
            int end = src.indexOf("\\E", pos);
            String quoted = src.substring(pos + 1, end < 0 ? src.length() : end);
            pos = end < 0 ? src.length() : end + 2;
            return quoted.isEmpty() ? Part.empty() : new Part(literal(quoted.charAt(0), new boolean[128]), false);
        }
        boolean[] set = new boolean[128];
        int single = escaped(set);
        return new Part(single >= 0 ? literal((char) single, set) : set, false);
    }

    /**
     * After a backslash, in or out of a class: the one character the escape stands for, or -1 after adding the
     * characters of a class escape (\s, \d, \w, \p{..}) to set.
     */
    private int escaped(boolean[] set) {
        char c = src.charAt(pos++);
        switch (c) {
            case 's' -> {
                for (char w : new char[] {' ', '\t', '\n', 0x0B, '\f', '\r'}) {
                    set[w] = true;
                }
            }
            case 'd' -> range('0', '9', set);
            case 'w', 'p' -> {
                pos = c == 'p' ? src.indexOf('}', pos) + 1 : pos;
                union(set, all());
            }
            case 'u' -> {
                pos += 4;
                return Integer.parseInt(src.substring(pos - 4, pos), 16);
            }
            case 't' -> {
                return '\t';
            }
            case 'n' -> {
                return '\n';
            }
            default -> {
                if (Character.isLetterOrDigit(c)) {
                    throw new IllegalArgumentException("escape \\" + c);
                }
                return c;
            }
        }
        return -1;
    }

    /** After "[": the characters of a class (a negated one counts as any character). */
    private boolean[] charClass() {
        boolean[] set = new boolean[128];
        boolean negated = src.charAt(pos) == '^';
        pos += negated ? 1 : 0;
        if (src.charAt(pos) == ']') {
            throw new IllegalArgumentException("class opening with ]");
        }
        while (src.charAt(pos) != ']') {
            int from = classAtom(set);
            if (src.charAt(pos) == '-' && src.charAt(pos + 1) != ']') {
                pos++;
                int to = classAtom(set);
                if (from < 0 || to < 0) {
                    throw new IllegalArgumentException("range of a class escape");
                }
                range((char) from, (char) to, set);
            } else if (from >= 0) {
                literal((char) from, set);
            }
        }
        pos++;
        return negated ? all() : set;
    }

    /** One character of a class, or -1 after adding a class escape's characters to set. */
    private int classAtom(boolean[] set) {
        char c = src.charAt(pos++);
        if (c == '[' || c == '&') {
            throw new IllegalArgumentException("nested class or intersection");
        }
        return c == '\\' ? escaped(set) : c;
    }

    private static boolean[] literal(char c, boolean[] set) {
        return range(c, c, set);
    }

    /** Adds the characters from..to, ASCII letters in both cases (the rules are case-insensitive). */
    private static boolean[] range(char from, char to, boolean[] set) {
        if (to < from) {
            throw new IllegalArgumentException("range " + from + "-" + to);
        }
        for (int c = from; c <= Math.min(to, 127); c++) {
            set[c] = true;
            set[Character.toLowerCase(c)] = true;
            set[Character.toUpperCase(c)] = true;
        }
        return set;
    }

    private static boolean[] all() {
        boolean[] set = new boolean[128];
        java.util.Arrays.fill(set, true);
        return set;
    }

    private static boolean[] union(boolean[] into, boolean[] more) {
        for (int i = 0; i < 128; i++) {
            into[i] |= more[i];
        }
        return into;
    }
}
