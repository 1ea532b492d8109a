package org.dateline.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The words of class, id, role and aria-label attributes that mark boilerplate ("drop") or the
 * article's own container ("keep"), read from {@code boilerplate-classes.txt}.
 */
final class ClassVocabulary {
    static final String RESOURCE = "boilerplate-classes.txt";
    private static final ClassVocabulary DEFAULT = new ClassVocabulary(RuleLines.read(RESOURCE));

    /** What a set of attribute words says about its element. */
    enum Verdict { NONE, DROP, KEEP }

    /** Separates the words of a rule, and of an attribute once split into words. */
    private static final char SPACE = ' ';

    /**
     * The rules as a trie over their words joined by single spaces: an attribute's words are
     * walked once from each word's start, without making a string of any word.
     */
    private final Node rules = new Node();
    /** How many verdicts are remembered at most (a few hundred sites' worth of class names). */
    static final int REMEMBERED_MAX = 20_000;
    /**
     * Verdicts already given, shared by every page and thread: a site repeats its class names on
     * every page, and within a page on every list item.
     */
    private final Map<Object, Verdict> remembered = new ConcurrentHashMap<>();

    /**
     * An element's class, id and aria-label as one key, without joining them into a new string.
     * Equality written out: a record's generated one costs several times as much here.
     */
    private static final class Named {
        private final String classes;
        private final String id;
        private final String label;
        private final int hash;

        Named(String classes, String id, String label) {
            this.classes = classes;
            this.id = id;
            this.label = label;
            this.hash = (classes.hashCode() * 31 + id.hashCode()) * 31 + label.hashCode();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Named n && hash == n.hash && id.equals(n.id) && classes.equals(n.classes)
                    && label.equals(n.label);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /** A trie node; children by letter a-z and then the space between words. */
    private static final class Node {
        final Node[] next = new Node[27];
        /** A rule ends here (when a whole word of the attribute ends here too). */
        Verdict rule = Verdict.NONE;

        Node child(char c) {
            if (c == SPACE) {
                return next[26];
            }
            return c >= 'a' && c <= 'z' ? next[c - 'a'] : null;
        }
    }

    ClassVocabulary(List<RuleLines.Line> lines) {
        for (RuleLines.Line line : lines) {
            String[] words = line.body().split("\\s+");
            for (String w : words) {
                if (!w.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
                    throw line.error("words must be lower-case letters: \"" + w + "\"");
                }
            }
            Verdict verdict = switch (line.kind()) {
                case "drop" -> Verdict.DROP;
                case "keep" -> Verdict.KEEP;
                default -> throw line.error("unknown kind \"" + line.kind() + "\" (drop or keep)");
            };
            add(String.join(String.valueOf(SPACE), words), verdict);
        }
    }

    private void add(String joined, Verdict verdict) {
        Node node = rules;
        for (int i = 0; i < joined.length(); i++) {
            char c = joined.charAt(i);
            int k = c == SPACE ? 26 : c - 'a';
            if (node.next[k] == null) {
                node.next[k] = new Node();
            }
            node = node.next[k];
        }
        // A keep rule wins over a drop rule of the same words.
        if (node.rule != Verdict.KEEP) {
            node.rule = verdict;
        }
    }

    static ClassVocabulary standard() {
        return DEFAULT;
    }

    /** The verdict on one or more attribute values (class, id...), joined by spaces. */
    Verdict judge(String attributes) {
        Words words = Words.of(attributes);
        boolean drop = false;
        for (int w = 0; w < words.count; w++) {
            // Every rule that starts at this word: walk on while the characters follow the trie.
            Node node = rules;
            for (int i = words.starts[w]; node != null; i++) {
                boolean wordEnds = i == words.length || words.chars[i] == SPACE;
                if (wordEnds && node.rule == Verdict.KEEP) {
                    return Verdict.KEEP;
                }
                drop |= wordEnds && node.rule == Verdict.DROP;
                node = i < words.length ? node.child(words.chars[i]) : null;
            }
        }
        return drop ? Verdict.DROP : Verdict.NONE;
    }

    /** {@link #judge}, each set of attribute words judged once and then remembered. */
    Verdict judgeOnce(String attributes) {
        return judgeOnce(attributes, attributes);
    }

    /**
     * {@link #judgeOnce(String)} of an element's class, id and aria-label joined by spaces (just
     * the class when the others are empty); they are only joined for an element not met before.
     */
    Verdict judgeOnce(String classes, String id, String label) {
        if (id.isEmpty() && label.isEmpty()) {
            return judgeOnce(classes);
        }
        Named key = new Named(classes, id, label);
        Verdict verdict = remembered.get(key);
        return verdict != null ? verdict : judgeOnce(key, classes + " " + id + " " + label);
    }

    private Verdict judgeOnce(Object key, String attributes) {
        Verdict verdict = remembered.get(key);
        if (verdict == null) {
            verdict = judge(attributes);
            if (remembered.size() < REMEMBERED_MAX) {
                remembered.put(key, verdict);
            }
        }
        return verdict;
    }

    boolean drops(String attributes) {
        return judge(attributes) == Verdict.DROP;
    }

    /** "mostRead-box2 article_tools" becomes [most, read, box, article, tools]. */
    static String[] words(String attributes) {
        Words words = Words.of(attributes);
        String[] out = new String[words.count];
        for (int w = 0; w < words.count; w++) {
            int end = w + 1 < words.count ? words.starts[w + 1] - 1 : words.length;
            out[w] = new String(words.chars, words.starts[w], end - words.starts[w]);
        }
        return out;
    }

    /** An attribute's words, lower-cased and joined by single spaces, and where each starts. */
    private static final class Words {
        final char[] chars;
        int length;
        final int[] starts;
        int count;

        private Words(int capacity) {
            chars = new char[capacity * 2]; // at most one space is added per character
            starts = new int[capacity + 1];
        }

        /**
         * Words are runs of letters; a lower-to-upper case change also starts a word
         * ("mostRead-box2" is most, read, box). Letters right after a digit are no word: they
         * are part of a generated id ("block-626ad9" holds no "ad").
         */
        static Words of(String attributes) {
            Words out = new Words(attributes.length());
            boolean inWord = false;
            boolean inId = false; // in a run of letters that follows a digit
            char previous = ' ';
            for (int i = 0; i < attributes.length(); i++) {
                char c = attributes.charAt(i);
                if (isLetter(c)) {
                    if (inWord && isUpperCase(c) && isLowerCase(previous)) {
                        inWord = false;
                    }
                    inId = inId || !inWord && previous >= '0' && previous <= '9';
                    if (inId) {
                        previous = c;
                        continue;
                    }
                    if (!inWord) {
                        if (out.count > 0) {
                            out.chars[out.length++] = SPACE;
                        }
                        out.starts[out.count++] = out.length;
                        inWord = true;
                    }
                    out.chars[out.length++] = toLowerCase(c);
                } else {
                    inWord = false;
                    inId = inId && c >= '0' && c <= '9';
                }
                previous = c;
            }
            return out;
        }

        // Class names are ASCII: answered without Character's table look-ups, the same as it would.
        private static boolean isLetter(char c) {
            return c < 128 ? Ascii.isAsciiLetter(c) : Character.isLetter(c);
        }

        private static boolean isUpperCase(char c) {
            return c < 128 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c);
        }

        private static boolean isLowerCase(char c) {
            return c < 128 ? c >= 'a' && c <= 'z' : Character.isLowerCase(c);
        }

        private static char toLowerCase(char c) {
            return c < 128 ? Ascii.lowerAscii(c) : Character.toLowerCase(c);
        }
    }

    /** For tests: every rule line with its example. */
    static List<RuleLines.Line> lines() {
        return RuleLines.read(RESOURCE);
    }
}
