package org.dateline.time;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One rule of a rule file: a pattern with named parts and the templates that normalise a
 * match, or (type null) a negative rule whose matches remove overlapping candidates.
 *
 * @param id       unique id, shown to users as the provenance of a timex
 * @param type     the TIMEX3 type, or null for a negative rule
 * @param pattern  the compiled pattern, whole words only
 * @param parts    its named parts and how each is normalised
 * @param value    the value template (null for a negative rule)
 * @param mod      the mod template, or null
 * @param end      the range-end template, or null
 * @param examples the examples the rule tests run
 * @param file     the resource file
 * @param line     the line the rule starts on
 */
record Rule(String id, TimexType type, Pattern pattern, Parts parts, Template value,
            Template mod, Template end, List<Example> examples, String file, int line) {

    /**
     * "He left on Feb. 24, 2022. | Feb. 24, 2022 | 2022-02-24": tagging the sentence (anchored
     * to the rule files' example date) must give this extent with this value, from this rule.
     * A negative rule's example gives only the sentence: nothing may be tagged inside it.
     */
    record Example(String sentence, String extent, String value, int line) {
    }

    /** The names of its parts. */
    List<String> groups() {
        return parts.names();
    }

    boolean negative() {
        return type == null;
    }
}
