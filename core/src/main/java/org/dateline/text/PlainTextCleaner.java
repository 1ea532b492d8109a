package org.dateline.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a plain-text article into paragraphs and drops the publisher's own paragraphs: sign-up and
 * subscription prompts, "Read more: ..." lines, share prompts and appeals for support
 * ({@link TextRules}), and the short lines that trail them at the end (tags, "Share").
 */
public final class PlainTextCleaner {
    /** A trailing line this short (in words) with no sentence end is a label, not text. */
    static final int LABEL_WORDS = 8;

    private final TextRules rules;

    public PlainTextCleaner(TextRules rules) {
        this.rules = rules;
    }

    public static PlainTextCleaner standard() {
        return new PlainTextCleaner(TextRules.standard());
    }

    /**
     * Paragraphs of a text: separated by blank lines when it has any (lines inside one are
     * joined), else one per line (a run of short lines, a menu, kept together as a list),
     * unless the lines are hard-wrapped prose.
     */
    public static List<String> paragraphs(String text) {
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        // Blank lines separate paragraphs only when one stands between two lines of text.
        boolean blankSeparated = false;
        boolean seenText = false;
        boolean blankAfterText = false;
        for (String line : lines) {
            if (line.isBlank()) {
                blankAfterText |= seenText;
            } else {
                blankSeparated |= blankAfterText;
                seenText = true;
            }
        }
        List<String> out = new ArrayList<>();
        boolean joinLines = blankSeparated || hardWrapped(lines);
        List<String> block = new ArrayList<>();
        for (String line : lines) {
            String l = normalise(line);
            if (!l.isEmpty()) {
                block.add(l);
            } else if (joinLines) {
                addBlock(out, block);
                block.clear();
            }
        }
        if (joinLines) {
            addBlock(out, block);
        } else {
            addLineByLine(out, block); // (no blank line stands between two lines of text here)
        }
        return out;
    }

    // A paragraph a line, but a run of short lines (a menu, a list) one block.
    private static void addLineByLine(List<String> out, List<String> lines) {
        List<String> run = new ArrayList<>();
        for (String l : lines) {
            if (isMenuItem(l)) {
                run.add(l);
                continue;
            }
            addBlock(out, List.copyOf(run));
            run.clear();
            out.add(l);
        }
        addBlock(out, run);
    }

    // The paragraphs of a block of lines between blank lines. A column of short links (a site's
    // menu) and a heading over a column of headlines ("Related" then one story a line) are lists,
    // not prose: their lines are joined with LIST_SEPARATOR, as such lists are written on one line.
    private static void addBlock(List<String> out, List<String> block) {
        if (block.isEmpty()) {
            return;
        }
        if (menuOverProse(block)) {
            // a saved page's top with no blank line under it: menu, headline, byline, caption and
            // the first paragraph, one a line
            addLineByLine(out, block);
            return;
        }
        if (block.size() >= MIN_LIST_LINES && block.stream().allMatch(PlainTextCleaner::isMenuItem)) {
            out.add(String.join(LIST_SEPARATOR, block));
            return;
        }
        if (block.size() > MIN_LIST_LINES && isLabel(block.get(0))
                && block.subList(1, block.size()).stream().allMatch(PlainTextCleaner::isHeadline)) {
            out.add(block.get(0));
            out.add(String.join(LIST_SEPARATOR, block.subList(1, block.size())));
            return;
        }
        if (block.size() >= MIN_LIST_LINES && block.stream().allMatch(PlainTextCleaner::isHeadline)) {
            out.add(String.join(LIST_SEPARATOR, block)); // the headlines under "Related stories" and a blank line
            return;
        }
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < block.size(); i++) {
            String l = block.get(i);
            if (i == 1 && isList(l) && isLabel(block.get(0))) {
                add(out, current); // "MORE FROM UKRAINE WAR" over "- ...": a heading of its own
            }
            if (current.length() > 0) {
                current.append(' ');
            }
            current.append(l);
        }
        add(out, current);
    }

    // A block of a menu's short lines and of paragraphs' long ones, each a line: no wrapped prose.
    private static boolean menuOverProse(List<String> block) {
        if (block.size() < MIN_LIST_LINES) {
            return false;
        }
        boolean menu = false;
        boolean prose = false;
        for (String l : block) {
            menu |= isMenuItem(l);
            prose |= l.length() > WRAPPED_MAX_CHARS && endsAsSentence(l);
        }
        return menu && prose;
    }

    /** Lines of a list joined into one paragraph are separated so ("News | Politics | War"). */
    static final String LIST_SEPARATOR = " | ";
    /**
     * Paragraphs of text kept before a heading may open readers' comments: one near the top is
     * a link to them ("Join the conversation" under the byline).
     */
    static final int COMMENTS_AFTER = 3;
    /** Fewer lines of links or headlines than this are not told from short lines of prose. */
    static final int MIN_LIST_LINES = 3;
    /** A menu item is a link of a few words ("Become a member"). */
    static final int MENU_ITEM_WORDS = 4;
    /** A headline in a list of stories is at most this long (in words). */
    static final int HEADLINE_WORDS = 20;

    /** A line that may be an item of a site's menu: a few words, no sentence ("Become a member"). */
    public static boolean isMenuItem(String line) {
        return !endsAsSentence(line) && TextRules.countWords(line) <= MENU_ITEM_WORDS;
    }

    // "Putin says Normandy summit possible \"if there is a result\"": a story's headline, capitalised
    // as headlines are (a line of wrapped prose goes on in lower case) and with no final stop.
    private static boolean isHeadline(String line) {
        return line.charAt(line.length() - 1) != '.' && TextRules.countWords(line) <= HEADLINE_WORDS
                && (Character.isUpperCase(line.codePointAt(0)) || Character.isDigit(line.charAt(0)) || line.charAt(0) == '"');
    }

    /** The article's own paragraphs, in order. */
    public List<String> clean(List<String> paragraphs) {
        List<String> kept = new ArrayList<>();
        List<TextRules.Verdict> verdicts = new ArrayList<>();
        boolean underDroppedHeading = false;
        for (String p : paragraphs) {
            if (kept.size() >= COMMENTS_AFTER && rules.opensComments(p)) {
                break; // "Comments (23)": readers' comments and the site's footer follow
            }
            TextRules.Verdict verdict = rules.verdict(p);
            boolean dropped = verdict == TextRules.Verdict.BOILERPLATE || isRule(p)
                    || underDroppedHeading && (isList(p) || isHeadline(p)); // "MOST POPULAR" then "1. ... 2. ..."
            if (!dropped) {
                kept.add(p);
                verdicts.add(verdict);
            }
            underDroppedHeading = dropped && (isLabel(p) || isHeadline(p)); // a headline a line: one after another
        }
        kept = rules.withoutClosingAppeals(kept, verdicts);
        // After the text come labels and leftovers of the boilerplate ("Topics", "Share"): trim them.
        int end = kept.size();
        while (end > 1 && isLabel(kept.get(end - 1))) {
            end--;
        }
        return new ArrayList<>(kept.subList(0, end));
    }

    // A line drawn with one character: "------", "* * *", "=====".
    private static boolean isRule(String p) {
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c != ' ' && c != p.charAt(0)) {
                return false;
            }
        }
        return p.length() >= 3 && !Character.isLetterOrDigit(p.charAt(0));
    }

    // A numbered or bulleted list of lines, joined into one paragraph: "1. ... 2. ...", "- ... - ...",
    // "→ ... → ..." (links), or lines of headlines joined with LIST_SEPARATOR.
    private static boolean isList(String p) {
        return p.startsWith("1. ") || p.startsWith("1) ") || p.length() > 2 && LIST_MARKS.indexOf(p.charAt(0)) >= 0
                && p.charAt(1) == ' ' || p.contains(LIST_SEPARATOR) && !endsAsSentence(p);
    }

    private static final String LIST_MARKS = "-*\u2022\u2192\u203A\u00BB\u25B8\u25BA";

    private static boolean isLabel(String p) {
        return !endsAsSentence(p) && TextRules.countWords(p) <= LABEL_WORDS;
    }

    /**
     * Whether a paragraph ends as a sentence does: with . ! ? or a closing quote after one
     * ("... he said: \"We will hold.\""), not after a word (a headline's 'protesters cry "capitulation"').
     */
    public static boolean endsAsSentence(String p) {
        int end = p.length();
        while (end > 1 && isClosingQuote(p.charAt(end - 1))) {
            end--;
        }
        char last = p.charAt(end - 1);
        return last == '.' || last == '!' || last == '?';
    }

    private static boolean isClosingQuote(char c) {
        return c == '"' || c == '\u201D' || c == '\u2019' || c == '\'';
    }

    private static boolean hardWrapped(String[] lines) {
        // Only lines of some length tell: a site's menu, headings and link lists are short lines
        // either way (a page saved one paragraph a line, under a long menu, is no wrapped prose).
        int wrapped = 0;
        int unwrapped = 0;
        for (String line : lines) {
            String l = line.strip();
            if (l.length() < WRAPPED_MIN_CHARS) {
                continue;
            }
            char last = l.charAt(l.length() - 1);
            if (l.length() <= WRAPPED_MAX_CHARS && (Character.isLetterOrDigit(last) || last == ',')) {
                wrapped++;
            } else if (l.length() > WRAPPED_MAX_CHARS) {
                unwrapped++;
            }
        }
        return wrapped >= 3 && wrapped > unwrapped;
    }

    /** Wrapped prose runs to lines of this length at most (72 to 80 is usual). */
    private static final int WRAPPED_MAX_CHARS = 90;
    /** Shorter lines tell nothing of wrapping: menus, headings, a paragraph's last line. */
    private static final int WRAPPED_MIN_CHARS = 40;

    private static void add(List<String> out, StringBuilder current) {
        if (current.length() > 0) {
            out.add(current.toString());
            current.setLength(0);
        }
    }

    /** Collapses white space (including no-break spaces) to single spaces, trimmed. */
    public static String normalise(String line) {
        if (isNormalised(line)) {
            return line; // most lines of a text file: nothing to copy
        }
        StringBuilder out = new StringBuilder(line.length());
        boolean space = false;
        int n = line.length();
        int i = 0;
        while (i < n) {
            char c = line.charAt(i);
            if (isVisible(c)) {
                // Copy a whole run of visible characters at once.
                int start = i;
                do {
                    i++;
                } while (i < n && isVisible(line.charAt(i)));
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(line, start, i);
            } else {
                if (isSpace(c)) {
                    space = out.length() > 0;
                }
                i++; // an invisible character (zero-width space, byte order mark, soft hyphen) goes
            }
        }
        return out.toString();
    }

    /**
     * Whether {@link #normalise} would give the line back as it is: visible characters, each
     * space a single ' ' between two of them.
     */
    private static boolean isNormalised(String line) {
        int n = line.length();
        for (int i = 0; i < n; i++) {
            char c = line.charAt(i);
            if (!isVisible(c) && (c != ' ' || i == 0 || i == n - 1 || !isVisible(line.charAt(i + 1)))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean isVisible(char c) {
        if (c > ' ' && c < 0x7F) {
            return true; // printable ASCII, the common case: no table look-ups
        }
        if (c == ' ') {
            return false; // the next commonest, a space: no table look-ups either
        }
        return !isSpace(c) && c != '\u200B' && c != '\uFEFF' && c != '\u00AD';
    }
}
