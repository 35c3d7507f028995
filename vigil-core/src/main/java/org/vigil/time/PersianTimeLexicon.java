package org.vigil.time;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words of Persian time expressions and the Latin spellings of Iranian and Islamic months, from
 * {@code time/persian-time.txt}: as regular-expression alternations that match the text as it is written
 * (Arabic-script letter variants, ZWNJ or space or nothing inside compounds, diacritics), and the key each
 * spelling stands for. The text is never changed: matches are folded only to look their key up.
 */
final class PersianTimeLexicon {
    /** A digit in ASCII, Persian (۰-۹) or Arabic-Indic (٠-٩). */
    static final String DIGIT = "[0-9\\u06F0-\\u06F9\\u0660-\\u0669]";
    /** Spaces between Persian words: a space, a no-break space or a ZWNJ. */
    static final String SP = "[\\s\\u00A0\\u200C]+";
    private static final String MARKS = "[\\u064B-\\u065F\\u0670\\u0640]*";
    private static final String JOINT = "[\\s\\u00A0\\u200C]?";
    private static final String LATIN_JOINT = "[\\s'’‘ʿʻ-]*";
    private static final PersianTimeLexicon INSTANCE = load("/time/persian-time.txt");

    /** One section: its regex and the key of each folded spelling. */
    private record Section(String regex, Map<String, String> keys, Set<String> bare) {
    }

    private final Map<String, Section> sections;
    private final Set<String> latinCues;

    private PersianTimeLexicon(Map<String, Section> sections, Set<String> latinCues) {
        this.sections = sections;
        this.latinCues = latinCues;
    }

    static PersianTimeLexicon get() {
        return INSTANCE;
    }

    /** A rule whose words end where a Persian or Latin word ends (marks and ZWNJ count as inside a word). */
    static TimexRule rule(String name, String regex, TimexRule.Normaliser n) {
        String inside = "[\\p{L}\\p{M}\\p{Nd}\\u200C]";
        return new TimexRule(name, Pattern.compile("(?<!" + inside + ")(?:" + regex + ")(?!" + inside + ")",
                Pattern.CASE_INSENSITIVE), n);
    }

    /** The alternation of a section's Persian spellings (and Latin ones of section + "/latin"), longest first. */
    String regex(String section) {
        return sections.get(section).regex();
    }

    /** The key a matched spelling stands for, or null. */
    String key(String section, String matched) {
        return matched == null ? null : sections.get(section).keys().get(fold(matched));
    }

    /** Whether a matched month name may stand alone as a month (flag "bare"). */
    boolean bare(String section, String matched) {
        return sections.get(section).bare().contains(fold(matched));
    }

    /** Whether a word (lower case) begins a Latin month spelling: the cue of the Latin rules. */
    boolean latinCue(String lower) {
        return latinCues.contains(lower);
    }

    /** The number written in digits of any script, or null when there are none. */
    static Integer number(String s) {
        int n = 0;
        boolean any = false;
        for (int i = 0; i < s.length(); i++) {
            int d = Character.digit(s.charAt(i), 10);
            if (d >= 0) {
                n = n * 10 + d;
                any = true;
            }
        }
        return any ? n : null;
    }

    /** The form a spelling is looked up by: variant letters unified, joints, marks and case dropped. */
    static String fold(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c) && c != '\u0640') {
                b.append(switch (c) {
                    case 'ي', 'ى' -> 'ی';
                    case 'ك' -> 'ک';
                    case 'ة', 'ۀ' -> 'ه';
                    case 'أ', 'إ' -> 'ا';
                    default -> Character.toLowerCase(c);
                });
            }
        }
        return b.toString();
    }

    private static PersianTimeLexicon load(String resource) {
        Map<String, List<String[]>> raw = new HashMap<>();
        try (InputStream in = PersianTimeLexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String section = null;
            for (String line; (line = r.readLine()) != null; ) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("[")) {
                    section = line.substring(1, line.length() - 1);
                    continue;
                }
                String[] cols = line.split("\\|", -1);
                if (section == null || cols.length < 2) {
                    throw new IllegalStateException(resource + ": not an entry: " + line);
                }
                raw.computeIfAbsent(section, k -> new ArrayList<>()).add(cols);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
        Map<String, Section> sections = new HashMap<>();
        Set<String> cues = new HashSet<>();
        raw.forEach((name, entries) -> {
            sections.put(name, section(entries, 1, PersianTimeLexicon::spelled));
            if (entries.stream().anyMatch(c -> c.length > 2 && !c[2].isBlank())) {
                sections.put(name + "/latin", section(entries, 2, PersianTimeLexicon::latin));
                entries.stream().filter(c -> c.length > 2).flatMap(c -> spellings(c[2]).stream())
                        .forEach(s -> cues.add(s.split("[\\s'’‘ʿʻ-]+")[0].toLowerCase(Locale.ROOT)));
            }
        });
        return new PersianTimeLexicon(sections, cues);
    }

    private static Section section(List<String[]> entries, int column, java.util.function.Function<String, String> toRegex) {
        Map<String, String> keys = new HashMap<>();
        Set<String> bare = new HashSet<>();
        Set<String> forms = new LinkedHashSet<>();
        for (String[] c : entries) {
            if (c.length <= column) {
                continue;
            }
            for (String s : spellings(c[column])) {
                forms.add(s);
                keys.put(fold(s), c[0].strip());
                if (c.length > 3 && c[3].strip().equals("bare")) {
                    bare.add(fold(s));
                }
            }
        }
        List<String> sorted = new ArrayList<>(forms);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        return new Section("(?:" + String.join("|", sorted.stream().map(toRegex).toList()) + ")", keys, bare);
    }

    private static List<String> spellings(String column) {
        return java.util.Arrays.stream(column.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** A Persian spelling as a regex: variant letters, optional marks after each letter, joints optional. */
    static String spelled(String spelling) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < spelling.length(); i++) {
            char c = spelling.charAt(i);
            if (c == ' ' || c == '\u200C') {
                b.append(JOINT);
                continue;
            }
            b.append(switch (c) {
                case 'ی', 'ي', 'ى' -> "[یيى]";
                case 'ک', 'ك' -> "[کك]";
                case 'ه' -> "[هةۀ]";
                case 'ا' -> "[اأإ]";
                default -> Character.isLetter(c) ? String.valueOf(c) : Pattern.quote(String.valueOf(c));
            }).append(MARKS);
        }
        return b.toString();
    }

    /** A Latin spelling as a regex: the first letter as written (capital), joints optional. */
    private static String latin(String spelling) {
        StringBuilder b = new StringBuilder("(?-i:").append(Pattern.quote(spelling.substring(0, 1))).append(')');
        for (int i = 1; i < spelling.length(); i++) {
            char c = spelling.charAt(i);
            b.append(Character.isLetter(c) ? String.valueOf(c) : LATIN_JOINT);
        }
        return b.toString();
    }
}
