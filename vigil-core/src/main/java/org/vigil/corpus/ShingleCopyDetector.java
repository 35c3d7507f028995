package org.vigil.corpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.model.CopyLink;
import org.vigil.model.Document;

/**
 * Finds copied passages through an inverted index of hashed word 5-shingles: documents that share a run of
 * consecutive shingles (a passage of a dozen words or more, wherever it stands in each) are copies, even when
 * their whole-document similarity is low. Shingles found in many documents (boilerplate) are ignored. Work is
 * linear in the number of shingles plus the pairs that really share some.
 */
public final class ShingleCopyDetector implements CopyDetector {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final int K = 5;
    /** Shared consecutive shingles that make a passage: K + 7 = 12 identical words in a row. */
    private static final int MIN_RUN = 8;
    private static final int BOILERPLATE_DOCS = 20;

    private record Words(List<String> words, List<Integer> offsets) {
    }

    @Override
    public List<CopyLink> find(List<Document> documents) {
        List<Document> docs = new ArrayList<>(documents);
        docs.sort(java.util.Comparator.comparing(Document::id));
        List<long[]> shingles = new ArrayList<>();
        List<Words> words = new ArrayList<>();
        Map<Long, List<Integer>> postings = new HashMap<>();
        for (int d = 0; d < docs.size(); d++) {
            Words w = words(text(docs.get(d)));
            long[] s = shingles(w.words());
            words.add(w);
            shingles.add(s);
            for (long h : s) {
                List<Integer> p = postings.computeIfAbsent(h, k -> new ArrayList<>(2));
                if (p.isEmpty() || p.get(p.size() - 1) != d) {
                    p.add(d);
                }
            }
        }
        Map<String, int[]> pairs = new TreeMap<>();
        for (List<Integer> p : postings.values()) {
            if (p.size() < 2 || p.size() > BOILERPLATE_DOCS) {
                continue;
            }
            for (int i = 0; i < p.size(); i++) {
                for (int j = i + 1; j < p.size(); j++) {
                    pairs.computeIfAbsent(p.get(i) + ":" + p.get(j), k -> new int[1])[0]++;
                }
            }
        }
        List<CopyLink> out = new ArrayList<>();
        for (Map.Entry<String, int[]> e : pairs.entrySet()) {
            String[] ij = e.getKey().split(":");
            int a = Integer.parseInt(ij[0]);
            int b = Integer.parseInt(ij[1]);
            CopyLink link = verify(docs.get(a), docs.get(b), shingles.get(a), shingles.get(b), words.get(a), e.getValue()[0]);
            if (link != null) {
                out.add(link);
            }
        }
        out.sort(java.util.Comparator.comparing(CopyLink::documentA).thenComparing(CopyLink::documentB));
        return out;
    }

    private static CopyLink verify(Document a, Document b, long[] sa, long[] sb, Words wa, int shared) {
        java.util.Set<Long> inB = new java.util.HashSet<>();
        for (long h : sb) {
            inB.add(h);
        }
        int bestStart = 0;
        int bestLen = 0;
        int run = 0;
        for (int i = 0; i < sa.length; i++) {
            run = inB.contains(sa[i]) ? run + 1 : 0;
            if (run > bestLen) {
                bestLen = run;
                bestStart = i - run + 1;
            }
        }
        if (bestLen < MIN_RUN) {
            return null;
        }
        double similarity = shared / (double) Math.max(1, Math.min(sa.length, sb.length));
        String passage = excerpt(text(a), wa, bestStart, bestStart + bestLen + K - 1);
        String reason = String.format(Locale.ROOT, "%s and %s share a copied passage of %d words (%.0f%% of the shorter): \"%s\"",
                a.source(), b.source(), bestLen + K - 1, 100 * Math.min(1.0, similarity), passage);
        return new CopyLink(a.id(), b.id(), Math.min(1.0, similarity), passage, reason);
    }

    private static String excerpt(String text, Words w, int fromWord, int toWord) {
        int start = w.offsets().get(fromWord);
        int end = Math.min(text.length(), w.offsets().get(Math.min(toWord, w.offsets().size() - 1)) + 20);
        String s = text.substring(start, end).replaceAll("\\s+", " ").trim();
        return s.length() > 160 ? s.substring(0, 157) + "..." : s;
    }

    private static String text(Document d) {
        return d.cleanText() != null ? d.cleanText() : d.rawText();
    }

    private static Words words(String text) {
        List<String> w = new ArrayList<>();
        List<Integer> o = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            w.add(m.group().toLowerCase(Locale.ROOT));
            o.add(m.start());
        }
        return new Words(w, o);
    }

    private static long[] shingles(List<String> words) {
        int n = Math.max(0, words.size() - K + 1);
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            long h = 0xcbf29ce484222325L;
            for (int k = i; k < i + K; k++) {
                String w = words.get(k);
                for (int c = 0; c < w.length(); c++) {
                    h = (h ^ w.charAt(c)) * 0x100000001b3L;
                }
                h = (h ^ ' ') * 0x100000001b3L;
            }
            out[i] = h;
        }
        return out;
    }
}
