package org.vigil.language;

import java.util.Set;
import org.vigil.model.Document;

/** The language codes Vigil uses and which of them it reads events and figures in. */
public final class Languages {
    public static final String ENGLISH = "en";
    public static final String PERSIAN = "fa";
    public static final String ARABIC = "ar";
    /** ISO 639-2 "undetermined": too little text, or a script Vigil has no word lists for. */
    public static final String UNDETERMINED = "und";
    /** The languages whose reports the stages read for events and figures; others are stored, marked, not coded. */
    public static final Set<String> READ = Set.of(ENGLISH, PERSIAN);
    private static final LanguageDetector DETECTOR = new StopWordDetector();

    private Languages() {
    }

    /**
     * The document's language: the one the language stage recorded, else read now from its text (a pipeline built
     * without the language stage still codes each language with its own rules).
     */
    public static String of(Document d) {
        if (d.language() != null) {
            return d.language();
        }
        String text = d.cleanText() != null ? d.cleanText() : d.rawText();
        return text == null ? UNDETERMINED : DETECTOR.detect(text);
    }

    /** True when Vigil reads events in this language. */
    public static boolean read(String code) {
        return READ.contains(code);
    }

    /** The shipped detector. */
    public static LanguageDetector detector() {
        return DETECTOR;
    }
}
