package org.vigil.evidence;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.model.Document;

/**
 * The text of a witness's submission as the record keeps it: the witness's own words, then the place they typed, or
 * else the place of the point they picked on the map, on a line of its own that says where it came from (the
 * geoparser reads the place from there like any other). {@link #statement} gives back the witness's words alone.
 */
public final class WitnessText {
    /** The affiliation every submission's document carries. */
    public static final String AFFILIATION = "witness submission";
    /** Opens the line of the place the witness typed. */
    public static final String TYPED = "Place given by the witness: ";
    /** Opens the line of the place of the point the witness picked on the map. */
    public static final String PICKED = "Place picked on the map by the witness: ";
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private WitnessText() {
    }

    /** The document text: the witness's words, then the typed place, else the picked place (either may be null). */
    public static String document(String text, String typedPlace, String pickedPlace) {
        if (typedPlace != null) {
            return text + "\n\n" + TYPED + typedPlace + ".";
        }
        return pickedPlace == null ? text : text + "\n\n" + PICKED + pickedPlace + ".";
    }

    /** True for the document of a witness's submission (by its affiliation). */
    public static boolean isSubmission(Document d) {
        return AFFILIATION.equals(d.affiliation());
    }

    /** The witness's own words of a document text: without the place line {@link #document} added, if any. */
    public static String statement(String documentText) {
        int cut = Math.max(documentText.lastIndexOf(TYPED), documentText.lastIndexOf(PICKED));
        return cut < 0 ? documentText : documentText.substring(0, cut).strip();
    }

    /**
     * The words of a text, case-folded (NFKC, lower case) and joined by single spaces: white space, case and
     * punctuation make no difference ("Police  shot 3 men." and "police shot 3 men" fold alike).
     */
    public static String folded(String text) {
        Matcher m = WORD.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT));
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(m.group());
        }
        return out.toString();
    }
}
