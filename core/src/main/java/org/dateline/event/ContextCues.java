package org.dateline.event;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
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
            String lower = lowerAscii(phrase);
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
            char c = lowerAscii(sentence.charAt(i));
            if (c >= 128 || !starts[c] || i > 0 && wordChar(c) && wordChar(sentence.charAt(i - 1))) {
                continue;
            }
            for (String phrase : byFirstLetter.get(c)) {
                if (startsAt(sentence, i, phrase)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean startsAt(String text, int at, String lowerPhrase) {
        if (at + lowerPhrase.length() > text.length()) {
            return false;
        }
        for (int k = 0; k < lowerPhrase.length(); k++) {
            if (lowerAscii(text.charAt(at + k)) != lowerPhrase.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    // Two of these side by side have no word boundary between them.
    private static boolean wordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }

    private static char lowerAscii(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    private static String lowerAscii(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            out.append(lowerAscii(s.charAt(i)));
        }
        return out.toString();
    }
}
