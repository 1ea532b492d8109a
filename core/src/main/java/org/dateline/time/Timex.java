package org.dateline.time;

/**
 * A temporal expression found in text, normalized with TIMEX3 conventions.
 *
 * @param start    offset of the first character in the text that was tagged
 * @param end      offset just past the last character
 * @param text     the expression as written
 * @param type     DATE, TIME, DURATION or SET
 * @param value    the TIMEX3 value at its granularity ("2014", "2014-09", "2014-09-05",
 *                 "2014-W12", "P30D", "XXXX-XX-XX" when it cannot be resolved)
 * @param relative true when the value was computed from the anchor (publication date) or from
 *                 a date mentioned earlier in the text
 * @param rule     the id of the rule that matched, for provenance
 * @param mod      the TIMEX3 mod (BEFORE, AFTER, ON_OR_AFTER, START, MID, END, APPROX...), or null
 * @param endValue for a range ("between March and May 2015"), the value of its end; else null
 */
public record Timex(int start, int end, String text, TimexType type, String value,
                    boolean relative, String rule, String mod, String endValue) {

    /** A timex without mod or range end. */
    public Timex(int start, int end, String text, TimexType type, String value,
                 boolean relative, String rule) {
        this(start, end, text, type, value, relative, rule, null, null);
    }
}
