package org.vigil.actor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vigil.model.Span;
import org.vigil.text.Tokens;

/**
 * The curated lexicon of organisations, forces and groups with their aliases, matched in one pass over a
 * sentence's tokens (longest alias first at each position) through a hash map of folded token sequences.
 */
public final class ActorLexicon {
    private record Alias(LexiconEntry entry, boolean acronym, List<String> tokens) {
    }

    private final Map<String, List<Alias>> byKey = new HashMap<>();
    private final Map<String, LexiconEntry> byId = new HashMap<>();
    /** Every alias key and every run of its first tokens, so that a scan stops as soon as no alias can follow. */
    private final java.util.Set<String> prefixes = new java.util.HashSet<>();
    private int maxTokens = 1;

    /** A match of an alias in a text. */
    public record Match(Span span, LexiconEntry entry) {
    }

    public static ActorLexicon load(String resource) {
        ActorLexicon lex = new ActorLexicon();
        for (org.vigil.util.ResourceRows.Row row : org.vigil.util.ResourceRows.read(resource)) {
            String[] f = row.fields();
            lex.add(new LexiconEntry(f[0], f[1], f[2], Arrays.asList(f[3].split("\\|"))));
        }
        return lex;
    }

    void add(LexiconEntry e) {
        byId.put(e.id(), e);
        for (String a : e.aliases()) {
            List<String> toks = Tokens.words(a);
            boolean acronym = a.length() >= 2 && a.equals(a.toUpperCase()) && a.chars().anyMatch(Character::isLetter);
            List<String> folded = toks.stream().map(Tokens::fold).toList();
            byKey.computeIfAbsent(String.join(" ", folded), k -> new ArrayList<>()).add(new Alias(e, acronym, toks));
            for (int n = 1; n <= folded.size(); n++) {
                prefixes.add(String.join(" ", folded.subList(0, n)));
            }
            maxTokens = Math.max(maxTokens, toks.size());
        }
    }

    public LexiconEntry byId(String id) {
        return byId.get(id);
    }

    /** Longest-first matches over the given token spans of {@code text}, not overlapping. */
    public List<Match> find(String text, List<Span> tokens) {
        List<Match> out = new ArrayList<>();
        String[] folded = new String[tokens.size()];
        for (int k = 0; k < folded.length; k++) {
            folded[k] = Tokens.fold(text.substring(tokens.get(k).start(), tokens.get(k).end()));
        }
        int i = 0;
        while (i < tokens.size()) {
            int matched = matchAt(text, tokens, folded, i, out);
            i += Math.max(1, matched);
        }
        return out;
    }

    private int matchAt(String text, List<Span> tokens, String[] folded, int i, List<Match> out) {
        int[] lengths = new int[Math.min(maxTokens, tokens.size() - i)];
        int found = 0;
        StringBuilder key = new StringBuilder();
        for (int n = 1; n <= lengths.length; n++) {
            if (n > 1) {
                key.append(' ');
            }
            key.append(folded[i + n - 1]);
            String k = key.toString();
            if (!prefixes.contains(k)) {
                break;
            }
            if (byKey.containsKey(k)) {
                lengths[found++] = n;
            }
        }
        for (int f = found - 1; f >= 0; f--) {
            int n = lengths[f];
            for (Alias a : byKey.get(String.join(" ", Arrays.asList(folded).subList(i, i + n)))) {
                if (!a.acronym() || sameCase(text, tokens, i, a)) {
                    out.add(new Match(new Span(tokens.get(i).start(), tokens.get(i + n - 1).end()), a.entry()));
                    return n;
                }
            }
        }
        return 0;
    }

    private static boolean sameCase(String text, List<Span> tokens, int i, Alias a) {
        for (int k = 0; k < a.tokens().size(); k++) {
            Span t = tokens.get(i + k);
            if (!text.substring(t.start(), t.end()).equals(a.tokens().get(k))) {
                return false;
            }
        }
        return true;
    }
}
