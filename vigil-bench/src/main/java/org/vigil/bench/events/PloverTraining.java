package org.vigil.bench.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Training sentences for the PLOVER type model, none from the PLOVER gold records: the project's own sentences
 * ({@code type TAB mode TAB text}) and the CAMEO-coded PETRARCH validation records (MIT), their first event code
 * mapped to PLOVER by {@code events/cameo-plover.tsv}. A PETRARCH sentence that equals or shares any run of
 * {@link #SHINGLE} words with a gold text is dropped; {@link Data#dropped()} counts them.
 */
public final class PloverTraining {
    /** One training sentence and where it comes from ({@code written} or {@code petrarch}). */
    public record Sentence(String source, String type, String text) {
    }

    /** The sentences kept and how many PETRARCH sentences were dropped for overlapping the gold records. */
    public record Data(List<Sentence> sentences, int dropped) {
    }

    static final int SHINGLE = 8;
    static final List<String> PETRARCH = List.of("PETR_Validate_records_2_02.xml", "PETR2_GSR_validation.xml");
    private static final Pattern SENTENCE = Pattern.compile("<Sentence\\b[^>]*>");
    private static final Pattern CODE = Pattern.compile("<EventCoding eventcode=\"(\\d+)\"");
    private static final Pattern TEXT = Pattern.compile("<Text>(.*?)</Text>", Pattern.DOTALL);

    private PloverTraining() {
    }

    /** Written sentences, then PETRARCH's, those overlapping the gold texts left out. */
    public static Data read(Path written, Path petrarchDir, List<String> goldTexts) throws IOException {
        List<Sentence> out = new ArrayList<>(written(written));
        Set<String> gold = new HashSet<>();
        goldTexts.forEach(t -> gold.addAll(shingles(t)));
        int dropped = 0;
        for (Sentence s : petrarch(petrarchDir)) {
            if (shingles(s.text()).stream().anyMatch(gold::contains)) {
                dropped++;
            } else {
                out.add(s);
            }
        }
        return new Data(List.copyOf(out), dropped);
    }

    static List<Sentence> written(Path file) throws IOException {
        List<Sentence> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] f = line.split("\t");
                out.add(new Sentence("written", f[0], f[2]));
            }
        }
        return out;
    }

    /** A PETRARCH record's first CAMEO event code and its sentence. */
    public record Coded(String code, String text) {
    }

    /** PETRARCH records to be evaluated, with a code that maps to a PLOVER type. */
    public static List<Sentence> petrarch(Path dir) throws IOException {
        Map<String, String> map = cameo();
        List<Sentence> out = new ArrayList<>();
        for (Coded c : petrarchCodes(dir)) {
            String type = plover(map, c.code());
            if (type != null) {
                out.add(new Sentence("petrarch", type, c.text()));
            }
        }
        return out;
    }

    /** PETRARCH records to be evaluated, with their first CAMEO code, in file order. */
    public static List<Coded> petrarchCodes(Path dir) throws IOException {
        List<Coded> out = new ArrayList<>();
        for (String name : PETRARCH) {
            String xml = Files.readString(dir.resolve(name), StandardCharsets.UTF_8);
            Matcher s = SENTENCE.matcher(xml);
            List<int[]> starts = new ArrayList<>();
            while (s.find()) {
                starts.add(new int[] {s.start(), s.end(), s.group().contains("evaluate=\"false\"") ? 1 : 0});
            }
            for (int i = 0; i < starts.size(); i++) {
                String block = xml.substring(starts.get(i)[1], i + 1 < starts.size() ? starts.get(i + 1)[0] : xml.length());
                Matcher c = CODE.matcher(block);
                Matcher t = TEXT.matcher(block);
                if (starts.get(i)[2] == 0 && c.find() && t.find()) {
                    out.add(new Coded(c.group(1), t.group(1).replaceAll("\\s+", " ").strip()));
                }
            }
        }
        return out;
    }

    static String plover(Map<String, String> map, String code) {
        for (int n = code.length(); n >= 2; n--) {
            String type = map.get(code.substring(0, n));
            if (type != null) {
                return type;
            }
        }
        return null;
    }

    static Map<String, String> cameo() {
        Map<String, String> out = new LinkedHashMap<>();
        try (InputStream in = PloverTraining.class.getResourceAsStream("/events/cameo-plover.tsv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            r.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t"))
                    .forEach(f -> out.put(f[0], f[1]));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Word runs of {@link #SHINGLE} words of the normalised text; a shorter text is one run. */
    public static Set<String> shingles(String text) {
        String[] w = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip().split(" ");
        Set<String> out = new HashSet<>();
        if (w.length <= SHINGLE) {
            out.add(String.join(" ", w));
        }
        for (int i = 0; i + SHINGLE <= w.length; i++) {
            out.add(String.join(" ", java.util.Arrays.copyOfRange(w, i, i + SHINGLE)));
        }
        return out;
    }
}
