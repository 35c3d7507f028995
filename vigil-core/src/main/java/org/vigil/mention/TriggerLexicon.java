package org.vigil.mention;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.model.PloverType;
import org.vigil.model.Span;

/**
 * The event-trigger lexicon ({@code mention/triggers.tsv}), compiled once. Each pattern is indexed by its
 * leading literal stem and the stem's first three letters (two for a two-letter stem), so a sentence is scanned
 * token by token and only the patterns whose stem the token starts with are tried, in the file's order,
 * anchored at that token.
 */
public final class TriggerLexicon {
    private static final Pattern STEM = Pattern.compile("^[a-z]+");
    /** A trigger with the literal its matches start with, and its line's rank in the file. */
    private record Stemmed(Trigger trigger, String stem, int order) {
    }

    /**
     * Two-letter stems by themselves, longer ones by their first three letters (stems are {@code a-z}: a letter
     * is its rank in the alphabet, a prefix its number in base 26); each list in the file's order.
     */
    @SuppressWarnings("unchecked")
    private final List<Stemmed>[] byTwo = new List[26 * 26];
    @SuppressWarnings("unchecked")
    private final List<Stemmed>[] byThree = new List[26 * 26 * 26];
    private int size;

    public static TriggerLexicon load(String resource) {
        TriggerLexicon lex = new TriggerLexicon();
        try (InputStream in = TriggerLexicon.class.getResourceAsStream(resource);
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lex.add(line.split("\t"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lex;
    }

    private void add(String[] f) {
        Matcher stem = STEM.matcher(f[0]);
        if (!stem.find() || stem.group().length() < 2) {
            throw new IllegalArgumentException("trigger pattern must start with a literal stem: " + f[0]);
        }
        String literal = stem.group();
        if (f[0].length() > literal.length() && "?*{".indexOf(f[0].charAt(literal.length())) >= 0) {
            literal = literal.substring(0, literal.length() - 1); // "curfews?": the stem is "curfew"
        }
        List<String> modes = f[2].equals("-") ? List.of() : Arrays.asList(f[2].split(","));
        Trigger t = new Trigger(Pattern.compile(f[0], Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
                PloverType.valueOf(f[1]), modes, f[3].equals("statement"));
        List<Stemmed>[] index = literal.length() == 2 ? byTwo : byThree;
        int key = key(literal, Math.min(3, literal.length()));
        if (index[key] == null) {
            index[key] = new ArrayList<>();
        }
        index[key].add(new Stemmed(t, literal, size++));
    }

    /** Triggers in the sentence's tokens, left to right; a match consumes the tokens it covers. */
    public List<TriggerMatch> find(String text, List<Span> tokens) {
        List<TriggerMatch> out = new ArrayList<>();
        int consumedTo = -1;
        for (Span tok : tokens) {
            if (tok.start() < consumedTo || tok.length() < 2) {
                continue;
            }
            TriggerMatch best = bestAt(text, tok, tokens.get(tokens.size() - 1).end());
            if (best != null) {
                out.add(best);
                consumedTo = best.span().end();
            }
        }
        return out;
    }

    private TriggerMatch bestAt(String text, Span tok, int limit) {
        String word = text.substring(tok.start(), tok.end()).toLowerCase(Locale.ROOT);
        List<Stemmed> two = listOrEmpty(byTwo, key(word, 2));
        List<Stemmed> three = word.length() < 3 ? List.of() : listOrEmpty(byThree, key(word, 3));
        TriggerMatch best = null;
        for (int i = 0, j = 0; i < two.size() || j < three.size(); ) {
            boolean fromTwo = j >= three.size() || i < two.size() && two.get(i).order() < three.get(j).order();
            Stemmed s = fromTwo ? two.get(i++) : three.get(j++);
            if (!word.startsWith(s.stem())) {
                continue;
            }
            Trigger t = s.trigger();
            Matcher m = t.pattern().matcher(text).region(tok.start(), limit).useTransparentBounds(true);
            if (m.lookingAt() && m.end() >= tok.end() && (best == null || m.end() > best.span().end())) {
                best = new TriggerMatch(new Span(m.start(), m.end()), t);
            }
        }
        return best;
    }

    /** The first {@code n} letters of a word as a number in base 26, or -1 when one is not {@code a-z}. */
    private static int key(String word, int n) {
        int key = 0;
        for (int i = 0; i < n; i++) {
            int c = word.charAt(i) - 'a';
            if (c < 0 || c >= 26) {
                return -1;
            }
            key = key * 26 + c;
        }
        return key;
    }

    private static List<Stemmed> listOrEmpty(List<Stemmed>[] index, int key) {
        return key < 0 || index[key] == null ? List.of() : index[key];
    }
}
