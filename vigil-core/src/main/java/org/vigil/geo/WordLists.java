package org.vigil.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Word lists that weigh a capitalised name: common English words ("Center", "Commerce": a place only with more
 * evidence) and English first names ("Michael": most often a person). Built by tools/gazetteer from SCOWL and
 * stdlib's name lists; keys in {@link NameKey} form.
 */
final class WordLists {
    private static final Set<String> COMMON = load("/geo/common-words.txt.gz");
    private static final Set<String> FIRST_NAMES = load("/geo/first-names.txt.gz");

    private WordLists() {
    }

    static boolean commonWord(String key) {
        return COMMON.contains(key);
    }

    static boolean firstName(String key) {
        return FIRST_NAMES.contains(key);
    }

    private static Set<String> load(String resource) {
        Set<String> out = new HashSet<>();
        try (InputStream in = WordLists.class.getResourceAsStream(resource);
             BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(NameKey.of(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
