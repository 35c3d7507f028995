package org.vigil.time;

import java.util.List;

/** Writes a text with its time expressions as inline TimeML TIMEX3 tags; the characters of the text stay as they are. */
public final class TimeMLWriter {
    private TimeMLWriter() {
    }

    public static String inline(String text, List<Timex> timexes) {
        StringBuilder b = new StringBuilder(text.length() + timexes.size() * 48);
        int pos = 0;
        int tid = 1;
        for (Timex t : timexes) {
            b.append(text, pos, t.span().start());
            b.append("<TIMEX3 tid=\"t").append(tid++).append("\" type=\"").append(t.type().name()).append("\" value=\"").append(t.value()).append('"');
            if (t.mod() != null) {
                b.append(" mod=\"").append(t.mod()).append('"');
            }
            b.append('>').append(text, t.span().start(), t.span().end()).append("</TIMEX3>");
            pos = t.span().end();
        }
        return b.append(text, pos, text.length()).toString();
    }
}
