package org.vigil.bench.time;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads TimeML files (.tml, .TE3input): the creation time (the TIMEX3 with functionInDocument="CREATION_TIME"),
 * the text inside TEXT with every tag removed and XML entities decoded, and the TIMEX3s in it with offsets.
 */
public final class TimeMLReader {
    private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z0-9]+)([^>]*?)/?>");
    private static final Pattern ATTR = Pattern.compile("([A-Za-z]+)=\"([^\"]*)\"");
    private static final Pattern DCT = Pattern.compile("<TIMEX3[^>]*functionInDocument=\"CREATION_TIME\"[^>]*>");
    private static final Pattern BODY = Pattern.compile("<TEXT>(.*)</TEXT>", Pattern.DOTALL);

    private TimeMLReader() {
    }

    /** The TimeML files of a folder (recursively), sorted by name. */
    public static List<Path> files(Path dir, String suffix) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static TimeMLDocument read(Path file) {
        try {
            return parse(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static TimeMLDocument parse(String name, String xml) {
        Matcher d = DCT.matcher(xml);
        LocalDate dct = null;
        if (d.find()) {
            Map<String, String> a = attributes(d.group());
            String v = a.getOrDefault("value", "");
            dct = v.length() >= 10 ? LocalDate.parse(v.substring(0, 10)) : null;
        }
        Matcher b = BODY.matcher(xml);
        if (!b.find()) {
            throw new IllegalArgumentException(name + ": no TEXT element");
        }
        return strip(name, b.group(1), dct);
    }

    private static TimeMLDocument strip(String name, String body, LocalDate dct) {
        StringBuilder text = new StringBuilder();
        List<TimeMLDocument.GoldTimex> timexes = new ArrayList<>();
        Matcher m = TAG.matcher(body);
        int last = 0;
        int open = -1;
        Map<String, String> attrs = null;
        while (m.find()) {
            text.append(unescape(body.substring(last, m.start())));
            last = m.end();
            if (!m.group(2).equals("TIMEX3")) {
                continue;
            }
            if (m.group(1).isEmpty()) {
                open = text.length();
                attrs = attributes(m.group(3));
            } else if (open >= 0) {
                timexes.add(new TimeMLDocument.GoldTimex(open, text.length(), text.substring(open),
                        attrs.get("type"), attrs.get("value")));
                open = -1;
            }
        }
        text.append(unescape(body.substring(last)));
        return new TimeMLDocument(name, text.toString(), dct, List.copyOf(timexes));
    }

    private static Map<String, String> attributes(String s) {
        Map<String, String> a = new HashMap<>();
        Matcher m = ATTR.matcher(s);
        while (m.find()) {
            a.put(m.group(1), m.group(2));
        }
        return a;
    }

    static String unescape(String s) {
        return s.replace("&quot;", "\"").replace("&apos;", "'").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }
}
