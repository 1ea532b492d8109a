package org.dateline.event;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.dateline.text.Ascii;
import org.dateline.text.RuleFile;

/**
 * The phrases that tie a sentence to the time of the previous dated one ("hours later", "that
 * same day"; context-cues.txt beside this class), matched ignoring case on word boundaries.
 * Thread-safe once built.
 */
final class ContextCues {
    private final Pattern pattern;
    // The phrases lower-cased by their first letter: a cheap scan that rules out almost every
    // sentence before the expression, which alone decides, is run.
    private final List<List<String>> byFirstLetter = new ArrayList<>();
    private final boolean[] starts = new boolean[128];
    // A phrase starting with a non-ASCII character is not indexed: then the expression always runs.
    private boolean unindexed;

    ContextCues() {
        this(RuleFile.resource(ContextCues.class, "context-cues.txt"));
    }

    ContextCues(List<RuleFile.Line> lines) {
        List<String> quoted = new ArrayList<>();
        for (int c = 0; c < 128; c++) {
            byFirstLetter.add(new ArrayList<>());
        }
        for (RuleFile.Line l : lines) {
            String phrase = l.text();
            quoted.add(Pattern.quote(phrase));
            String lower = Ascii.lowerAscii(phrase);
            if (lower.charAt(0) < 128) {
                byFirstLetter.get(lower.charAt(0)).add(lower);
                starts[lower.charAt(0)] = true;
            } else {
                unindexed = true;
            }
        }
        this.pattern = Pattern.compile("(?i)\\b(?:" + String.join("|", quoted) + ")\\b");
    }

    /** True when the sentence holds one of the phrases. */
    boolean foundIn(String sentence) {
        return (unindexed || mayHold(sentence)) && pattern.matcher(sentence).find();
    }

    // Whether a phrase occurs (ignoring ASCII case, as the expression does) where a word starts:
    // what the expression needs to match at all.
    private boolean mayHold(String sentence) {
        for (int i = 0; i < sentence.length(); i++) {
            char c = Ascii.lowerAscii(sentence.charAt(i));
            // (inside an ASCII word is no word start; any other place is left to the expression)
            if (c >= 128 || !starts[c] || i > 0 && Ascii.isWord(c) && asciiWord(sentence.charAt(i - 1))) {
                continue;
            }
            for (String phrase : byFirstLetter.get(c)) {
                if (Ascii.regionMatchesAscii(sentence, i, phrase, sentence.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean asciiWord(char c) {
        return c < 128 && Ascii.isWord(c);
    }
}
