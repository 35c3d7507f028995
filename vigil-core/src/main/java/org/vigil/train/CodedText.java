package org.vigil.train;

/** One text a coding team has coded: its words and the code (a relevance judgement, a PLOVER type or an ACLED sub-type). */
public record CodedText(String id, String text, String label) {
}
