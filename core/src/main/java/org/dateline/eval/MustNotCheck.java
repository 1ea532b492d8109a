package org.dateline.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.dateline.event.Event;

/**
 * Finds scored predictions whose evidence contains a must-not fragment. Comparison ignores case
 * and runs of whitespace (including no-break spaces), as page text comes with both.
 */
public final class MustNotCheck {
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

    private MustNotCheck() {
    }

    public static List<MustNotViolation> violations(String article, List<String> mustNot,
                                                    List<Event> predicted) {
        List<MustNotViolation> out = new ArrayList<>();
        for (Event event : predicted) {
            if (!EventMatcher.scored(event) || event.evidence() == null) {
                continue;
            }
            String evidence = normalise(event.evidence().text());
            for (String fragment : mustNot) {
                if (evidence.contains(normalise(fragment))) {
                    out.add(new MustNotViolation(article, fragment, event));
                }
            }
        }
        return out;
    }

    /** Lower case, whitespace runs as one space, trimmed. */
    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        return SPACES.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }
}
