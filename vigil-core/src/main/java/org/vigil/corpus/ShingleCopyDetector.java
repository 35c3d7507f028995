package org.vigil.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.vigil.model.CopyLink;
import org.vigil.model.Document;
import org.vigil.util.IndexSort;

/**
 * Finds copied passages through an index of hashed word 5-shingles: documents that share a run of consecutive
 * shingles (a passage of a dozen words or more, wherever it stands in each) are copies, even when their
 * whole-document similarity is low. Candidate pairs come from a sample of the shingles (one in four, chosen by
 * hash, so every document samples a shared passage alike) held in two primitive arrays sorted together; each
 * candidate pair is then verified on all its shingles. Shingles found in many documents (boilerplate) are ignored.
 */
public final class ShingleCopyDetector implements CopyDetector {
    private static final int K = 5;
    /** Shared consecutive shingles that make a passage: K + 7 = 12 identical words in a row. */
    private static final int MIN_RUN = 8;
    /** A sampled shingle found in more documents than this is boilerplate and makes no candidate pair. */
    public static final int BOILERPLATE_DOCS = 20;

    record Words(List<String> words, List<Integer> offsets) {
    }

    /** A document's shingles, read once per {@link #find} however many pairs it is in. */
    private record Shingled(Document document, long[] shingles) {
        static Shingled of(Document d) {
            return new Shingled(d, ShingleCopyDetector.shingles(text(d)));
        }
    }

    /** One shingle in {@value #SAMPLE} is indexed (those whose hash is 0 modulo it): the index stays small. */
    private static final int SAMPLE = 4;

    @Override
    public List<CopyLink> find(List<Document> documents) {
        List<Document> docs = new ArrayList<>(documents);
        docs.sort(java.util.Comparator.comparing(Document::id));
        long[] keys = new long[1024];
        int[] owners = new int[1024];
        int n = 0;
        List<Shingled> read = new ArrayList<>(docs.size());
        for (int d = 0; d < docs.size(); d++) {
            read.add(Shingled.of(docs.get(d)));
            for (long h : sampled(read.get(d).shingles())) {
                if (n == keys.length) {
                    keys = java.util.Arrays.copyOf(keys, n * 2);
                    owners = java.util.Arrays.copyOf(owners, n * 2);
                }
                keys[n] = h;
                owners[n++] = d;
            }
        }
        IndexSort.sortPairs(keys, owners, n);
        java.util.Set<Long> pairs = new java.util.TreeSet<>();
        for (int i = 0, j; i < n; i = j) {
            for (j = i + 1; j < n && keys[j] == keys[i]; j++) {
                // one run of one shingle
            }
            if (j - i <= BOILERPLATE_DOCS) {
                for (int a = i; a < j; a++) {
                    for (int b = a + 1; b < j; b++) {
                        if (owners[a] != owners[b]) {
                            pairs.add(((long) Math.min(owners[a], owners[b]) << 32) | Math.max(owners[a], owners[b]));
                        }
                    }
                }
            }
        }
        List<CopyLink> out = new ArrayList<>();
        for (long pair : pairs) {
            Shingled a = read.get((int) (pair >>> 32));
            Shingled b = read.get((int) pair);
            CopyLink link = verify(a.document(), b.document(), a.shingles(), b.shingles());
            if (link != null) {
                out.add(link);
            }
        }
        out.sort(java.util.Comparator.comparing(CopyLink::documentA).thenComparing(CopyLink::documentB));
        return out;
    }

    /**
     * The sampled shingles of a document (one in {@value #SAMPLE}, chosen by hash, so every document samples a
     * shared passage alike): two documents sharing one are a candidate pair. In text order, repeats kept (a
     * shingle's count toward {@link #BOILERPLATE_DOCS} is its occurrences).
     */
    public static long[] passageKeys(Document d) {
        return sampled(shingles(text(d)));
    }

    private static long[] sampled(long[] shingles) {
        long[] out = new long[shingles.length];
        int n = 0;
        for (long h : shingles) {
            if (Math.floorMod(h, SAMPLE) == 0) {
                out[n++] = h;
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /** The copy link of two documents ({@code a} before {@code b} by id) when they share a passage, else null. */
    public static CopyLink compare(Document a, Document b) {
        return verify(a, b, shingles(text(a)), shingles(text(b)));
    }

    private static CopyLink verify(Document a, Document b, long[] sa, long[] sb) {
        long[] inB = sb.clone();
        java.util.Arrays.sort(inB);
        int shared = 0;
        int bestStart = 0;
        int bestLen = 0;
        int run = 0;
        for (int i = 0; i < sa.length; i++) {
            boolean in = java.util.Arrays.binarySearch(inB, sa[i]) >= 0;
            shared += in ? 1 : 0;
            run = in ? run + 1 : 0;
            if (run > bestLen) {
                bestLen = run;
                bestStart = i - run + 1;
            }
        }
        if (bestLen < MIN_RUN) {
            return null;
        }
        double similarity = shared / (double) Math.max(1, Math.min(sa.length, sb.length));
        String passage = excerpt(text(a), wordsOf(text(a)), bestStart, bestStart + bestLen + K - 1);
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

    /** The runs of letters and numbers ({@code [\p{L}\p{N}]+}, code point by code point), lower-cased. */
    static Words wordsOf(String text) {
        List<String> w = new ArrayList<>();
        List<Integer> o = new ArrayList<>();
        int n = text.length();
        for (int i = 0; i < n; ) {
            int cp = text.codePointAt(i);
            if (!wordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < n && wordChar(cp = text.codePointAt(i))) {
                i += Character.charCount(cp);
            }
            w.add(text.substring(start, i).toLowerCase(Locale.ROOT));
            o.add(start);
        }
        return new Words(w, o);
    }

    /** {@code \p{L}} or {@code \p{N}}: a letter, or a decimal, letter or other number. */
    private static boolean wordChar(int cp) {
        if (cp < 0x80) {
            return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp >= '0' && cp <= '9';
        }
        if (Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /**
     * The hashes of a text's word 5-shingles: FNV-1a over each run of {@value #K} words as {@link #wordsOf} reads
     * them, each followed by a space. The lower-cased words are laid end to end in one buffer, not made strings.
     */
    static long[] shingles(String text) {
        StringBuilder buf = new StringBuilder(text.length() + 16);
        int[] starts = new int[16];
        int count = 0;
        int n = text.length();
        for (int i = 0; i < n; ) {
            int cp = text.codePointAt(i);
            if (!wordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            boolean ascii = true;
            while (i < n && wordChar(cp = text.codePointAt(i))) {
                ascii &= cp < 0x80;
                i += Character.charCount(cp);
            }
            if (count + 1 >= starts.length) {
                starts = java.util.Arrays.copyOf(starts, starts.length * 2);
            }
            starts[count++] = buf.length();
            appendLower(buf, text, start, i, ascii);
            buf.append(' ');
        }
        starts[count] = buf.length();
        int shingles = Math.max(0, count - K + 1);
        long[] out = new long[shingles];
        for (int s = 0; s < shingles; s++) {
            long h = 0xcbf29ce484222325L;
            for (int c = starts[s], end = starts[s + K]; c < end; c++) {
                h = (h ^ buf.charAt(c)) * 0x100000001b3L;
            }
            out[s] = h;
        }
        return out;
    }

    /** The word as {@code toLowerCase(Locale.ROOT)} makes it (contextual cases such as a final sigma included). */
    private static void appendLower(StringBuilder buf, String text, int start, int end, boolean ascii) {
        if (!ascii) {
            buf.append(text.substring(start, end).toLowerCase(Locale.ROOT));
            return;
        }
        for (int c = start; c < end; c++) {
            char ch = text.charAt(c);
            buf.append(ch >= 'A' && ch <= 'Z' ? (char) (ch + 32) : ch);
        }
    }
}
