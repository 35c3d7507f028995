package org.vigil.language;

/** Tells the language a text is written in. */
public interface LanguageDetector {
    /**
     * The ISO 639-1 code of the text's language ("en", "fa", "ar", "fr", ...), or {@link Languages#UNDETERMINED} when
     * the text gives too little to tell.
     */
    String detect(String text);
}
