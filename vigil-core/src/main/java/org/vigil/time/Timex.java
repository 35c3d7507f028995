package org.vigil.time;

import org.vigil.model.Span;

/**
 * One TimeML TIMEX3: its extent in the text, type, normalised {@code value} (ISO 8601 as TimeML extends it:
 * {@code 2018-05-17}, {@code 2018-05-17TNI}, {@code 2018-W20}, {@code 2019-11}, {@code P3D}, {@code PAST_REF},
 * {@code XXXX-WXX-5} when no anchor fixes it), an optional {@code mod} (START, MID, END, APPROX...) and, for
 * dates the calendar fixes, the {@link TimePoint} it names (null otherwise).
 */
public record Timex(Span span, String text, TimexType type, String value, String mod, TimePoint point) {
}
