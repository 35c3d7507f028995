package org.vigil.time;

/** The four TimeML TIMEX3 types. */
public enum TimexType {
    /** A calendar date or period named as a date: "Friday", "May 2018", "the third quarter", "now". */
    DATE,
    /** A time of day, or a part of a day: "5 p.m.", "Friday morning", "tonight". */
    TIME,
    /** A length of time: "two days", "the past three months". */
    DURATION,
    /** A recurring time: "daily", "every week". */
    SET
}
