package org.vigil.actor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.vigil.model.Span;
import org.vigil.text.Tokens;

/**
 * Finds people: a title followed by a capitalised name ("Senator Marco Rubio", "the Spokesperson for the UN
 * Secretary-General, Farhan Haq"), or a capitalised name followed by a verb of speech ("Jane Doe said").
 */
final class PersonFinder {
    private static final Set<String> SPEECH = Set.of("said", "says", "tweeted", "told", "wrote", "added",
            "announced", "stated", "claimed", "warned", "declared", "insisted", "noted", "explained");
    private static final Set<String> NOT_NAMES = Set.of("the", "a", "an", "on", "in", "at", "of", "and", "but",
            "for", "to", "this", "that", "these", "those", "he", "she", "they", "it", "we", "i", "his", "her",
            "their", "its", "who", "which", "also", "has", "have", "had", "was", "were", "is", "are", "said");
    private final List<List<String>> titles = new ArrayList<>();
    /** The first word of every title: a token that is none of them starts no title. */
    private final java.util.Set<String> titleStarts = new java.util.HashSet<>();

    PersonFinder(String titlesResource) {
        try (InputStream in = PersonFinder.class.getResourceAsStream(titlesResource);
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    titles.add(Tokens.words(line.trim()).stream().map(Tokens::fold).toList());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        titles.sort(Comparator.comparingInt((List<String> t) -> t.size()).reversed());
        titles.forEach(t -> titleStarts.add(t.get(0)));
    }

    /** A person found: the span of the name, the name, and the title that introduced it (or null). */
    record Person(Span span, String name, String title) {
    }

    List<Person> find(String text, List<Span> tokens) {
        List<Person> out = new ArrayList<>();
        String[] folded = new String[tokens.size()];
        for (int k = 0; k < folded.length; k++) {
            folded[k] = Tokens.fold(tok(text, tokens, k));
        }
        for (int i = 0; i < tokens.size(); i++) {
            int titleLen = titleAt(folded, i);
            if (titleLen > 0) {
                int start = i + titleLen;
                if (start < tokens.size() && tok(text, tokens, start).equals(",")) {
                    start++;
                }
                int end = nameEnd(text, tokens, start);
                if (end - start >= 1) {
                    out.add(person(text, tokens, start, end, phrase(text, tokens, i, i + titleLen)));
                    i = end - 1;
                    continue;
                }
            }
            int end = nameEnd(text, tokens, i);
            if (end - i >= 2 && end < tokens.size() && SPEECH.contains(Tokens.fold(tok(text, tokens, end)))
                    && !endsOrganisationName(text, tokens, i)) {
                out.add(person(text, tokens, i, end, null));
                i = end - 1;
            }
        }
        return out;
    }

    /** "the Central Committee of Sudan Doctors said", "the Commission on Human Rights said": the end of a longer name. */
    private static boolean endsOrganisationName(String text, List<Span> tokens, int i) {
        if (i < 2) {
            return false;
        }
        String before = Tokens.fold(tok(text, tokens, i - 1));
        return (before.equals("of") || before.equals("for") || before.equals("on")) && Tokens.isCapitalised(tok(text, tokens, i - 2));
    }

    private int titleAt(String[] folded, int i) {
        if (!titleStarts.contains(folded[i])) {
            return 0;
        }
        for (List<String> t : titles) {
            if (i + t.size() <= folded.length && matches(folded, i, t)) {
                return t.size();
            }
        }
        return 0;
    }

    private static boolean matches(String[] folded, int i, List<String> title) {
        for (int k = 0; k < title.size(); k++) {
            if (!folded[i + k].equals(title.get(k))) {
                return false;
            }
        }
        return true;
    }

    /** End (exclusive) of a run of up to three capitalised name tokens starting at i. */
    private static int nameEnd(String text, List<Span> tokens, int i) {
        int j = i;
        while (j < tokens.size() && j - i < 3) {
            String t = tok(text, tokens, j);
            if (!Tokens.isCapitalised(t) || t.length() < 2 || NOT_NAMES.contains(Tokens.fold(t))
                    || t.equals(t.toUpperCase()) && t.length() > 1 && !t.contains(".")) {
                break;
            }
            j++;
        }
        return j;
    }

    private static Person person(String text, List<Span> tokens, int start, int end, String title) {
        Span span = new Span(tokens.get(start).start(), tokens.get(end - 1).end());
        return new Person(span, text.substring(span.start(), span.end()), title);
    }

    private static String phrase(String text, List<Span> tokens, int from, int to) {
        return text.substring(tokens.get(from).start(), tokens.get(to - 1).end());
    }

    static String tok(String text, List<Span> tokens, int i) {
        Span t = tokens.get(i);
        return text.substring(t.start(), t.end());
    }
}
