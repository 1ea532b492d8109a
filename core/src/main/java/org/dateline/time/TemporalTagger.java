package org.dateline.time;

import org.dateline.text.Ascii;
import org.dateline.text.ReusedChars;
import org.dateline.text.SentenceSplitter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Finds and normalizes temporal expressions with the rules in the resource files listed in
 * {@code rules.list} (tables in {@code tables.txt}). Every rule proposes candidates; negative
 * rules remove those they overlap; the longest candidates win (the earlier rule on a tie);
 * values are then filled in text order, so that "two days later" can count from the date
 * mentioned before it. Thread-safe once built.
 */
public final class TemporalTagger {
    private static final String BASE = "/org/dateline/time/";
    private static final String EXTENT = "extent";

    private final Tables tables;
    private final List<Rule> rules;
    private final RuleIndex index;
    private final ThreadLocal<Workspace> workspaces;

    /** One shared tagger with the built-in rules (loading the rules takes a moment). */
    public static TemporalTagger standard() {
        return Standard.TAGGER;
    }

    private static final class Standard {
        static final TemporalTagger TAGGER = new TemporalTagger();
    }

    /** The tagger with the built-in rules. */
    public TemporalTagger() {
        tables = Tables.load(BASE + "tables.txt");
        RuleLoader loader = new RuleLoader(tables);
        List<Rule> all = new ArrayList<>();
        for (String file : ruleFiles()) {
            all.addAll(loader.load(BASE + file));
        }
        rules = List.copyOf(all);
        index = new RuleIndex(rules);
        workspaces = ThreadLocal.withInitial(() -> new Workspace(rules.size()));
    }

    private static List<String> ruleFiles() {
        String index = BASE + "rules.list";
        try (InputStream in = TemporalTagger.class.getResourceAsStream(index)) {
            if (in == null) {
                throw new RuleException(index, 0, "resource not found");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(s -> !s.isEmpty() && !s.startsWith("#")).toList();
        } catch (IOException e) {
            throw new RuleException(index, 0, "cannot read: " + e.getMessage());
        }
    }

    List<Rule> rules() {
        return rules;
    }

    private record Candidate(Rule rule, int order, int start, int end, String[] parts) {
        int length() {
            return end - start;
        }
    }

    // The longest first, the earlier rule on a tie.
    private static final Comparator<Candidate> PRECEDENCE = Comparator.comparingInt(Candidate::length)
            .reversed().thenComparingInt(Candidate::order);
    private static final Comparator<Candidate> IN_TEXT_ORDER = Comparator.comparingInt(Candidate::start);

    /**
     * What one thread reuses from text to text instead of making it again for each: a matcher
     * per rule (creating ~40 per text cost more than the matching), a buffer for the text's
     * characters, the lists and spans of one tagging. It keeps a reference to the last text
     * tagged on the thread.
     */
    private static final class Workspace {
        final Matcher[] matchers;
        // The number of the text each rule's matcher was last reset to: a matcher is reset
        // only when its rule is tried on the text.
        final int[] textOfMatcher;
        int text;
        final ReusedChars chars = new ReusedChars(4096, Integer.MAX_VALUE);
        final List<Candidate> candidates = new ArrayList<>();
        final List<Candidate> chosen = new ArrayList<>();
        final Spans negative = new Spans(); // the matches of negative rules
        final Spans taken = new Spans();

        Workspace(int rules) {
            matchers = new Matcher[rules];
            textOfMatcher = new int[rules];
        }

        /** Starts on a text; returns its characters, from 0 on. */
        char[] startOn(String text) {
            if (++this.text == Integer.MAX_VALUE) { // (after billions of texts) numbers start again
                this.text = 1;
                Arrays.fill(textOfMatcher, 0);
            }
            candidates.clear();
            chosen.clear();
            negative.clear();
            taken.clear();
            return chars.of(text);
        }
    }

    /**
     * Tags the text.
     *
     * @param text   the text to tag
     * @param anchor the publication date relative expressions resolve against, or null: then
     *               relative expressions stay unresolved, never silently anchored to today
     */
    public List<Timex> tag(String text, LocalDate anchor) {
        Objects.requireNonNull(text, "text");
        Workspace work = workspaces.get();
        // Read from an array: a String's characters cost a check of their width at every look.
        char[] chars = work.startOn(text);
        TenseText tenseText = new TenseText(text, chars);
        findCandidates(work, text, chars, tenseText);
        List<Candidate> candidates = work.candidates;
        candidates.sort(PRECEDENCE);
        List<Candidate> chosen = work.chosen;
        for (Candidate c : candidates) {
            if (work.taken.overlap(c.start(), c.end()) || work.negative.covers(c.start(), c.end(), chars)) {
                continue;
            }
            work.taken.add(c.start(), c.end());
            chosen.add(c);
        }
        chosen.sort(IN_TEXT_ORDER);
        return normalise(tenseText, anchor, chosen);
    }

    /**
     * Tries the rules where a pattern may start, after each non-word character, and adds what
     * they match to the workspace. The same pass tells the words and the characters between
     * them to the tense reader. (A method of its own: the calls in its loop are inlined.)
     */
    private void findCandidates(Workspace work, String text, char[] chars, TenseText tenseText) {
        int length = text.length();
        int at = 0;
        while (at < length) {
            int[] starting = index.startingAt(chars, length, at);
            if (starting.length > 0) {
                tryRules(work, text, starting, at);
            }
            int letters = at;
            while (letters < length && isAsciiLetter(chars[letters])) {
                letters++;
            }
            int end = letters;
            while (end < length && isWord(chars[end])) {
                end++;
            }
            if (end > at) {
                tenseText.word(at, letters, end);
            }
            if (end < length && TenseText.marksAt(chars[end])) {
                tenseText.other(end);
            }
            at = end + 1;
        }
    }

    // Runs the rules that may match at 'at' (their indexes); adds what they match to the workspace.
    private void tryRules(Workspace work, String text, int[] starting, int at) {
        Matcher[] matchers = work.matchers;
        int length = text.length();
        for (int i : starting) {
            Rule rule = rules.get(i);
            Matcher m = matchers[i];
            if (m == null) {
                m = matchers[i] = rule.pattern().matcher(text)
                        .useTransparentBounds(true).useAnchoringBounds(false);
            } else if (work.textOfMatcher[i] != work.text) {
                m.reset(text); // keeps the transparent, non-anchoring bounds
            }
            work.textOfMatcher[i] = work.text;
            m.region(at, length);
            if (!m.lookingAt() || m.end() == m.start()) {
                continue;
            }
            if (rule.negative()) {
                work.negative.add(m.start(), m.end());
            } else {
                String[] parts = new String[rule.groups().size()];
                for (int g = 0; g < parts.length; g++) {
                    parts[g] = m.group(rule.groups().get(g));
                }
                // The part named 'extent', when there is one, is what gets tagged.
                boolean part = rule.groups().contains(EXTENT) && m.start(EXTENT) >= 0;
                work.candidates.add(new Candidate(rule, i, part ? m.start(EXTENT) : m.start(),
                        part ? m.end(EXTENT) : m.end(), parts));
            }
        }
    }

    private List<Timex> normalise(TenseText tenseText, LocalDate anchor, List<Candidate> chosen) {
        String text = tenseText.text();
        Point anchorPoint = anchor == null ? null : new Point(anchor, Unit.DAY);
        Point reference = null;
        int referenceEnd = 0; // where the expression that set the reference ends
        List<Timex> out = new ArrayList<>(chosen.size());
        for (int i = 0; i < chosen.size(); i++) {
            Candidate c = chosen.get(i);
            Rule r = c.rule();
            Point counted = reference;
            if (r.value().calls(TemplateFunction.EVENTSHIFT)) {
                // "two days after the referendum": from the event's date when the clause names it,
                // else from the last date of the same paragraph; a date of an earlier paragraph is
                // another story's ("a day after Biden's trip to Kyiv" is no day after Tuesday's
                // speech), so the expression stays unresolved
                Point named = namedAfter(tenseText, chosen, i, anchorPoint, reference);
                counted = named != null ? named
                        : reference != null && SentenceSplitter.paragraphBreakBetween(text, referenceEnd, c.start()) ? anchorPoint : reference;
            }
            Functions f = new Functions(tables, r.parts(), c.parts(), anchorPoint, counted,
                    new Tense(tenseText, c.start(), c.end()));
            String value = r.value().fill(f);
            if (value == null) {
                continue;
            }
            String mod = r.mod() == null ? null : r.mod().fill(f);
            String end = r.end() == null ? null : r.end().fill(f);
            out.add(new Timex(c.start(), c.end(), text.substring(c.start(), c.end()), r.type(), value,
                    f.relative(), r.id(), mod, end));
            if ((r.type() == TimexType.DATE || r.type() == TimexType.TIME) && !f.usedReference()) {
                Point p = Point.parse(end != null ? end : value);
                if (p != null && !holdsDay(p, reference) && !(p.unit() == Unit.YEAR && modifier(text, c.start()))) {
                    reference = p;
                    referenceEnd = c.end();
                }
            }
        }
        return out;
    }

    // "expelled 18 diplomats on April 17 over a 2014 ammunition depot explosion, and Moscow ordered
    // ... the next day": a year that qualifies a noun after an article names the thing's year; the
    // story does not move to it, and "the next day" still counts from April 17.
    private static boolean modifier(String text, int start) {
        int k = start;
        while (k > 0 && text.charAt(k - 1) == ' ') {
            k--;
        }
        int word = k;
        while (word > 0 && Character.isLetter(text.charAt(word - 1))) {
            word--;
        }
        return ARTICLES.contains(text.substring(word, k).toLowerCase(Locale.ROOT));
    }

    private static final Set<String> ARTICLES = Set.of("a", "an", "the");

    // "On 15 March the council ordered a halt until the rebels return what they seized at the start
    // of the month. The next day ...": a month that holds the day named last adds no date to count
    // from; the day stays the reference. (A quarter does: "the third quarter ... a year earlier".)
    private static boolean holdsDay(Point month, Point reference) {
        return reference != null && reference.unit().compareTo(Unit.DAY) <= 0 && month.unit() == Unit.MONTH
                && reference.at(Unit.MONTH).format().equals(month.format());
    }

    /**
     * For "two days after the referendum on March 16": the date of the event an expression counts
     * from, when the clause names it right after the expression ({@link #namesCountedEvent}); else
     * null, and the last date mentioned before is counted from.
     */
    private Point namedAfter(TenseText text, List<Candidate> chosen, int i, Point anchor, Point reference) {
        if (i + 1 >= chosen.size()) {
            return null;
        }
        Candidate c = chosen.get(i);
        Candidate next = chosen.get(i + 1);
        if (next.rule().type() != TimexType.DATE || next.rule().value().calls(TemplateFunction.EVENTSHIFT)
                || next.rule().value().calls(TemplateFunction.CLAUSESHIFT)
                || !namesCountedEvent(text.text(), c.end(), next.start())) {
            return null;
        }
        Functions f = new Functions(tables, next.rule().parts(), next.parts(), anchor, reference,
                new Tense(text, next.start(), next.end()));
        String value = next.rule().value().fill(f);
        return value == null ? null : Point.parse(value);
    }

    /**
     * True when a date starting at {@code dateStart} names the event that an expression ending at
     * {@code countedEnd} counts from ("two days after [the referendum on March 16]"): it follows
     * within {@link #EVENT_PHRASE_CHARS}, with no punctuation or line break between.
     */
    public static boolean namesCountedEvent(String text, int countedEnd, int dateStart) {
        if (dateStart < countedEnd || dateStart - countedEnd > EVENT_PHRASE_CHARS) {
            return false;
        }
        for (int k = countedEnd; k < dateStart; k++) {
            if (".,;:!?()\n".indexOf(text.charAt(k)) >= 0) {
                return false;
            }
        }
        return true;
    }

    // How far after "two days after" the date of the event it counts from may be named.
    private static final int EVENT_PHRASE_CHARS = 60;

    private static final boolean[] ASCII_WORD = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_WORD[c] = Ascii.isWord(c);
        }
    }

    private static boolean isWord(char c) {
        return c < 128 ? ASCII_WORD[c] : Ascii.isWord(c);
    }

    private static boolean isAsciiLetter(char c) {
        return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    }

    /** A few spans of the text (matches, candidates taken): which overlap a span. */
    private static final class Spans {
        private int[] starts = new int[8];
        private int[] ends = new int[8];
        private int size;

        void add(int start, int end) {
            if (size == starts.length) {
                starts = Arrays.copyOf(starts, 2 * size);
                ends = Arrays.copyOf(ends, 2 * size);
            }
            starts[size] = start;
            ends[size] = end;
            size++;
        }

        void clear() {
            size = 0;
        }

        // As overlap, for a negative rule's match: a candidate that opens with its day's number
        // before the match is a date all the same ("on 31 May he met": not the "May he" of a wish).
        boolean covers(int start, int end, char[] text) {
            for (int k = 0; k < size; k++) {
                if (Math.max(start, starts[k]) < Math.min(end, ends[k])
                        && !(start < starts[k] && Character.isDigit(text[start]))) {
                    return true;
                }
            }
            return false;
        }

        // Some position of [start, end) is in one of the spans.
        boolean overlap(int start, int end) {
            for (int k = 0; k < size; k++) {
                if (Math.max(start, starts[k]) < Math.min(end, ends[k])) {
                    return true;
                }
            }
            return false;
        }
    }
}
