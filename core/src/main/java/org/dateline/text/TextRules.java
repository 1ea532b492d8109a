package org.dateline.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Recognises paragraphs in which the publisher speaks rather than the article: "Advertisement",
 * "Read more: ...", "Sign up for ...", share prompts, and appeals for support. The rules are read
 * from {@code boilerplate-text.txt}; see its header for the format.
 */
public final class TextRules {
    static final String RESOURCE = "boilerplate-text.txt";
    /** A "start" rule only drops paragraphs up to this many words: a long one is article text. */
    static final int START_RULE_MAX_WORDS = 40;
    /** An appeal is a paragraph, not an essay: longer ones are left to the reader. */
    static final int APPEAL_MAX_WORDS = 150;
    /** How many paragraphs at the end of a text are looked at for closing appeals. */
    static final int CLOSING_PARAGRAPHS = 3;
    /** What may follow a "whole" rule's match: white space and closing punctuation ({@link #isWholeEnd}). */
    private static final String WHOLE_END = "[\\s.!:]*$";
    private static final Pattern ESCAPE = Pattern.compile("\\\\(?:p\\{\\w+\\}|.)");
    private static final TextRules DEFAULT = new TextRules(RuleLines.read(RESOURCE));

    private final AlternativesByPrefix whole;
    private final AlternativesByPrefix start;
    private final AlternativesByPrefix ask;
    private final AlternativesByPrefix self;
    private final AlternativesByPrefix end;
    // where readers' comments begin: the text ends before (plain text keeps them in order below it)
    private final Pattern comments;
    /**
     * The most spaces a "whole" rule's match holds before {@link #WHOLE_END}: a paragraph with
     * more (most of them, being sentences) is no whole match, and is not lower-cased for one.
     */
    private final int wholeSpaces;
    /** Which kinds of rules can match in a paragraph at all, found before any of them is run. */
    private final RuleStarts starts;
    /** How long the prefixes are that the pass over a paragraph looks for. */
    static final int SCAN_PREFIX_LENGTH = 8;
    private static final int WHOLE = 1;
    private static final int START = 2;
    private static final int ASK = 4;
    private static final int SELF = 8;
    private static final int END = 16;
    /**
     * The "whole" rules that may start with anything (a date after any word): found by no prefix,
     * but when all of them need a digit, only tried on a paragraph that has one.
     */
    private static final int WHOLE_UNPREFIXED = 32;
    private static final String DIGITS = "0123456789";

    TextRules(List<RuleLines.Line> lines) {
        List<String> whole = new ArrayList<>();
        List<String> start = new ArrayList<>();
        List<String> ask = new ArrayList<>();
        List<String> self = new ArrayList<>();
        List<String> end = new ArrayList<>();
        List<String> comments = new ArrayList<>();
        for (RuleLines.Line line : lines) {
            try {
                Pattern.compile(line.body());
            } catch (PatternSyntaxException e) {
                throw line.error("bad pattern: " + e.getDescription());
            }
            // Paragraphs are lower-cased once, which is much faster than case-blind matching.
            if (!ESCAPE.matcher(line.body()).replaceAll("").equals(ESCAPE.matcher(line.body()).replaceAll("")
                    .toLowerCase(Locale.ROOT))) {
                throw line.error("patterns are matched against lower-cased text: write them in lower case");
            }
            switch (line.kind()) {
                case "whole" -> whole.add(line.body());
                case "start" -> start.add(line.body());
                case "ask" -> ask.add(line.body());
                case "self" -> self.add(line.body());
                case "end" -> end.add(line.body());
                case "comments" -> comments.add(line.body());
                default -> throw line.error("unknown kind \"" + line.kind() + "\" (whole, start, ask, self, end or comments)");
            }
        }
        this.whole = new AlternativesByPrefix(whole, "^", WHOLE_END);
        this.wholeSpaces = whole.stream().mapToInt(SpaceBound::of).max().orElse(0);
        this.start = new AlternativesByPrefix(start, "^", "");
        this.ask = new AlternativesByPrefix(ask, "", "");
        this.self = new AlternativesByPrefix(self, "", "");
        this.end = new AlternativesByPrefix(end, "", "");
        this.comments = comments.isEmpty() ? null : Pattern.compile("^(?:" + String.join("|", comments) + ")");
        List<String> wholePrefixed = new ArrayList<>();
        List<String> wholeUnprefixed = new ArrayList<>();
        for (String rule : whole) {
            (LiteralPrefixes.of(rule, SCAN_PREFIX_LENGTH).any() ? wholeUnprefixed : wholePrefixed).add(rule);
        }
        // Rules found by no prefix: never, only with a digit, or always.
        boolean needDigits = !wholeUnprefixed.isEmpty()
                && wholeUnprefixed.stream().allMatch(rule -> DigitsNeeded.of(rule) > 0);
        Set<String> noPrefix = wholeUnprefixed.isEmpty() || needDigits ? Set.of() : null;
        this.starts = new RuleStarts(List.of(
                new RuleStarts.Kind(WHOLE, prefixes(wholePrefixed), true),
                new RuleStarts.Kind(WHOLE_UNPREFIXED, noPrefix, true),
                new RuleStarts.Kind(START, prefixes(start), true),
                new RuleStarts.Kind(ASK, prefixes(ask), false),
                new RuleStarts.Kind(SELF, prefixes(self), false),
                new RuleStarts.Kind(END, prefixes(end), false)),
                needDigits ? List.of(new RuleStarts.CharacterKind(WHOLE_UNPREFIXED, DIGITS)) : List.of());
    }

    /**
     * The literal prefixes of a kind's rules, longer than the rule index's own: the one pass over
     * a paragraph then lets fewer paragraphs through to the rules. Null when a rule may start
     * with anything.
     */
    private static Set<String> prefixes(List<String> rules) {
        Set<String> out = new HashSet<>();
        for (String rule : rules) {
            LiteralPrefixes ofRule = LiteralPrefixes.of(rule, SCAN_PREFIX_LENGTH);
            if (ofRule.any()) {
                return null;
            }
            out.addAll(ofRule.strings());
        }
        return out;
    }

    /** The rules shipped with Dateline. */
    public static TextRules standard() {
        return DEFAULT;
    }

    /** True when a paragraph (already whitespace-normalised) is boilerplate. */
    public boolean isBoilerplate(String paragraph) {
        return verdict(paragraph, false) == Verdict.BOILERPLATE;
    }

    /** What the rules make of a paragraph, for a text that keeps it or not. */
    enum Verdict {
        /** The publisher speaking: dropped. */
        BOILERPLATE,
        /** Article text, wherever it stands. */
        TEXT,
        /** Article text, unless it is among the last paragraphs: it may be a call to action. */
        TEXT_OR_CLOSING_APPEAL
    }

    /**
     * {@link #isBoilerplate}, and for a paragraph kept whether {@link #isClosingAppeal} may hold,
     * told by the same pass over it: the closing appeals need not read the paragraph again.
     */
    Verdict verdict(String paragraph) {
        return verdict(paragraph, true);
    }

    private Verdict verdict(String paragraph, boolean closing) {
        int from = 0;
        int to = paragraph.length();
        while (from < to && Character.isWhitespace(paragraph.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(paragraph.charAt(to - 1))) {
            to--;
        }
        if (from == to) {
            return Verdict.BOILERPLATE;
        }
        // Most paragraphs can match no rule at all: one pass over them says so, with nothing
        // lower-cased, and a kind of rule is only run where that pass found it may match.
        int candidates = starts.scan(paragraph, from, to);
        if (isBoilerplate(paragraph, from, to, candidates)) {
            return Verdict.BOILERPLATE;
        }
        if (closing && (from > 0 || to < paragraph.length())) {
            candidates = starts.scan(paragraph, 0, paragraph.length()); // the closing rules read it all
        }
        return closing && (candidates & END) != 0 ? Verdict.TEXT_OR_CLOSING_APPEAL : Verdict.TEXT;
    }

    /** Whether a paragraph's trimmed part [from, to), of which the pass found these candidates, is boilerplate. */
    private boolean isBoilerplate(String paragraph, int from, int to, int candidates) {
        if ((candidates & (WHOLE | WHOLE_UNPREFIXED)) != 0 && tooManySpacesForWhole(paragraph, from, to)) {
            candidates &= ~(WHOLE | WHOLE_UNPREFIXED);
        }
        boolean appeal = (candidates & (ASK | SELF)) == (ASK | SELF);
        if ((candidates & (WHOLE | WHOLE_UNPREFIXED | START)) == 0 && !appeal) {
            return false;
        }
        String p = paragraph.substring(from, to).toLowerCase(Locale.ROOT);
        Pattern wholeRules = (candidates & (WHOLE | WHOLE_UNPREFIXED)) == 0 ? null : whole.patternAt(p, 0);
        if (wholeRules != null && wholeRules.matcher(p).matches()) {
            return true;
        }
        // Words are only counted once a rule has matched: most paragraphs match none.
        Pattern startRules = (candidates & START) == 0 ? null : start.patternAt(p, 0);
        if (startRules != null && startRules.matcher(p).lookingAt() && countWords(p) <= START_RULE_MAX_WORDS) {
            return true;
        }
        return appeal && foundAtWordStart(ask, p) && countWords(p) <= APPEAL_MAX_WORDS && foundAtWordStart(self, p);
    }

    /**
     * Whether the paragraph, less the closing punctuation and spaces a "whole" rule lets follow
     * its match, holds more spaces than a match of any of those rules can.
     */
    private boolean tooManySpacesForWhole(String paragraph, int from, int to) {
        int end = to;
        while (end > from && isWholeEnd(paragraph.charAt(end - 1))) {
            end--;
        }
        int spaces = 0;
        for (int i = from; i < end; i++) {
            if (SpaceBound.isSpace(paragraph.charAt(i)) && ++spaces > wholeSpaces) {
                return true;
            }
        }
        return false;
    }

    /** The characters of {@link #WHOLE_END}: {@code \s} (without its Unicode sense), '.', '!' and ':'. */
    private static boolean isWholeEnd(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r' || c == '.' || c == '!'
                || c == ':';
    }

    /**
     * True when readers' comments begin with this paragraph ("Comments (23)", "Show all 57
     * comments"): nothing after it is the article's.
     */
    public boolean opensComments(String paragraph) {
        if (comments == null || paragraph.isEmpty() || !Character.isLetterOrDigit(paragraph.charAt(0))) {
            return false;
        }
        return comments.matcher(paragraph.substring(0, Math.min(paragraph.length(), COMMENTS_HEAD_CHARS))
                .toLowerCase(Locale.ROOT)).lookingAt();
    }

    /** How much of a paragraph's start a "comments" rule reads. */
    private static final int COMMENTS_HEAD_CHARS = 60;

    /** A call to action together with the publisher speaking of itself. */
    public boolean isAppeal(String paragraph) {
        if ((starts.scan(paragraph, 0, paragraph.length()) & (ASK | SELF)) != (ASK | SELF)) {
            return false;
        }
        String p = paragraph.toLowerCase(Locale.ROOT);
        return foundAtWordStart(ask, p) && foundAtWordStart(self, p);
    }

    /** A plain call to action, which is boilerplate among the last paragraphs of a text. */
    public boolean isClosingAppeal(String paragraph) {
        return (starts.scan(paragraph, 0, paragraph.length()) & END) != 0 && callsToAction(paragraph);
    }

    /** {@link #isClosingAppeal} once the pass over the paragraph has found that it may be one. */
    private boolean callsToAction(String paragraph) {
        return foundAtWordStart(end, paragraph.toLowerCase(Locale.ROOT)) && countWords(paragraph) <= APPEAL_MAX_WORDS;
    }

    /**
     * Removes calls to action from the last {@value #CLOSING_PARAGRAPHS} paragraphs (never the
     * first paragraph): where publishers put their appeals.
     */
    public List<String> withoutClosingAppeals(List<String> paragraphs) {
        List<String> out = new ArrayList<>(paragraphs);
        for (int i = out.size() - 1; i >= Math.max(1, paragraphs.size() - CLOSING_PARAGRAPHS); i--) {
            if (isClosingAppeal(out.get(i))) {
                out.remove(i);
            }
        }
        return out;
    }

    /**
     * {@link #withoutClosingAppeals(List)} of kept paragraphs (none boilerplate) whose
     * {@link #verdict}s are known: only those that may be a call to action are read again, by its
     * rules alone.
     */
    List<String> withoutClosingAppeals(List<String> paragraphs, List<Verdict> verdicts) {
        List<String> out = new ArrayList<>(paragraphs);
        for (int i = out.size() - 1; i >= Math.max(1, paragraphs.size() - CLOSING_PARAGRAPHS); i--) {
            if (verdicts.get(i) == Verdict.TEXT_OR_CLOSING_APPEAL && callsToAction(out.get(i))) {
                out.remove(i);
            }
        }
        return out;
    }

    /**
     * Like {@link java.util.regex.Matcher#find()}, but only tried where a word or symbol starts
     * (what the rules mean anyway), and there only with the rules that can start as the text does.
     */
    static boolean foundAtWordStart(AlternativesByPrefix rules, String text) {
        Matcher[] matchers = null; // one per pattern met, reused along the text
        boolean afterLetterOrDigit = false;
        for (int i = 0; i < text.length(); i++) {
            boolean wordStart = !afterLetterOrDigit;
            afterLetterOrDigit = Ascii.isLetterOrDigit(text.charAt(i));
            if (!wordStart) {
                continue;
            }
            int index = rules.indexAt(text, i);
            if (index == AlternativesByPrefix.NONE) {
                continue;
            }
            if (matchers == null) {
                matchers = new Matcher[rules.size()];
            }
            Matcher m = matchers[index];
            if (m == null) {
                m = rules.pattern(index).matcher(text);
                m.useTransparentBounds(true); // \\b and look-behind still see the text before the region
                m.useAnchoringBounds(false);
                matchers[index] = m;
            }
            m.region(i, text.length());
            if (m.lookingAt()) {
                return true;
            }
        }
        return false;
    }

    static int countWords(String s) {
        int words = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean space = Character.isWhitespace(s.charAt(i));
            if (!space && !in) {
                words++;
            }
            in = !space;
        }
        return words;
    }

    /** For tests: every rule line with its example. */
    static List<RuleLines.Line> lines() {
        return RuleLines.read(RESOURCE);
    }
}
