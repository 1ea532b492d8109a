package org.dateline.event;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.dateline.text.Ascii;
import org.dateline.time.TemporalTagger;
import org.dateline.time.Timex;
import org.dateline.time.TimexType;

/**
 * Finds the temporal expression that governs an event: the resolved DATE expression of its
 * clause nearest to its verb, else of its sentence. Expressions inside a relative clause only
 * govern events of that clause. "between March and May 2015" gives a date and an end.
 */
final class DateAttacher {
    /** A date an event got, and from where. */
    record Dated(String date, String end, DateSource source, String text) {
    }

    // "2022-02-21TEV" (Monday evening), "2022-02-21T10:30": the day is what dates an event
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
    private static final Pattern WEEKEND = Pattern.compile("(\\d{4})-W(\\d{2})-WE");
    private static final Pattern DAY_WITH_TIME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})T.*");
    private static final Pattern DEADLINE = Pattern.compile("(?i)\\b(until|till|by|before|no later than|for)\\s+$");
    private static final Pattern SINCE = Pattern.compile("(?i)\\bsince\\s+$");
    private static final Pattern RANGE_LINK = Pattern.compile("\\s*(and|to|until|till|through|-|–|—)\\s*");
    private static final Pattern APPOSITION = Pattern.compile("\\s*,\\s*");
    // "stormed a base on Monday morning and detained dozens, two days after ...": the counted
    // phrase closes the clause of the date before it (no sentence end, a comma right before it);
    // a participle may come between ("ordered ... on Thursday, adding 137,000 troops ..., a day
    // after a missile strike")
    private static final Pattern LATER_IN_CLAUSE = Pattern.compile("[^.;!?]{1,160},\\s*");
    private static final Pattern RANGE_START = Pattern.compile("(?i)(between|from)\\b");
    private static final Pattern RANGE_OPEN = Pattern.compile("(?i).*\\b(between|from)\\s*$");

    private final String text;
    private final List<Timex> dates;
    // Per expression of dates, what the words before it make of it: read once, not per event
    private final boolean[] afterSince;
    private final int[] sinceAt; // where the "since" a date ends the phrase of starts, or -1
    private final boolean[] deadline;
    private final boolean[] linkedToNext; // "between March and May": a range with the next one
    // "On Monday, a day after the referendum, ...": an apposition that restates the date before
    // it (counted from the last date mentioned, which is that very date, it would be a day late).
    // It dates only what its own clause tells, counted back: "on Monday, a day after border
    // guards fired on three vessels" dates the firing Sunday. Null where it restates nothing.
    private final Timex[] countedFrom;
    // "two days after the referendum on March 16": March 16 dates the referendum, not the clause
    private final boolean[] namesCountedEvent;

    DateAttacher(String text, List<Timex> timexes) {
        this(text, timexes, null);
    }

    /** With the publication date, "three weeks ago" dates an event to its day (see {@link #daysOf}). */
    DateAttacher(String text, List<Timex> timexes, LocalDate published) {
        this.text = text;
        List<Timex> usable = new ArrayList<>();
        for (Timex t : timexes) {
            if (t.type() != TimexType.DATE && t.type() != TimexType.TIME) {
                continue; // durations and sets date nothing (their values are not read at all)
            }
            if (namesAThing(text, t)) {
                continue; // "the 1949 Washington Treaty": part of a name, it dates nothing said here
            }
            String[] days = daysOf(t, published);
            String value = days == null ? day(t.value()) : days[0];
            if (value != null && value.length() == 10 && "overnight".equalsIgnoreCase(t.text())) {
                // the night before the morning it ends (TIMEX3 names it by its evening): news
                // dates what happened "overnight" by that morning, as the gold does
                value = LocalDate.parse(value).plusDays(1).toString();
            }
            String end = days == null ? day(t.endValue()) : days[1];
            if (value != null && t.start() >= 0 && t.end() <= text.length()) {
                usable.add(new Timex(t.start(), t.end(), t.text(), t.type(), value, t.relative(), t.rule(), t.mod(),
                        end));
            }
        }
        usable.sort(Comparator.comparingInt(Timex::start));
        this.dates = usable;
        this.afterSince = new boolean[usable.size()];
        this.sinceAt = new int[usable.size()];
        this.deadline = new boolean[usable.size()];
        this.linkedToNext = new boolean[usable.size()];
        this.countedFrom = new Timex[usable.size()];
        this.namesCountedEvent = new boolean[usable.size()];
        for (int i = 0; i < usable.size(); i++) {
            linkedToNext[i] = i + 1 < usable.size() && linked(usable.get(i), usable.get(i + 1));
            countedFrom[i] = i > 0 ? countedFrom(usable.get(i - 1), usable.get(i)) : null;
            namesCountedEvent[i] = i > 0 && namesCountedEvent(usable.get(i - 1), usable.get(i));
            int start = usable.get(i).start();
            afterSince[i] = wordBefore(text, start, 8, SINCE_ENDINGS)
                    && SINCE.matcher(text.substring(Math.max(0, start - 8), start)).find();
            sinceAt[i] = afterSince[i] ? start : sincePhraseBefore(text, start);
            deadline[i] = wordBefore(text, start, 14, DEADLINE_ENDINGS)
                    && DEADLINE.matcher(text.substring(Math.max(0, start - 14), start)).find();
        }
    }

    // "their first meeting since the marathon negotiations in Minsk in February": a "since" earlier
    // in the same stretch of the sentence (no punctuation between) whose phrase the date ends.
    private static int sincePhraseBefore(String text, int start) {
        int from = Math.max(0, start - SINCE_PHRASE_CHARS);
        for (int k = start - 1; k >= from; k--) {
            char c = text.charAt(k);
            if (c == ',' || c == '.' || c == ';' || c == ':' || c == '\n') {
                return -1;
            }
            if ((c == 'e' || c == 'E') && k >= 4 && text.regionMatches(true, k - 4, "since", 0, 5)
                    && (k - 5 < 0 || !Character.isLetter(text.charAt(k - 5)))
                    && k + 1 < text.length() && text.charAt(k + 1) == ' ') {
                return k - 4;
            }
        }
        return -1;
    }

    private static final int SINCE_PHRASE_CHARS = 70;

    // A bare year between "the" and the word it qualifies: "the 1949 Washington Treaty", "the 2014
    // elections".
    static boolean namesAThing(String text, Timex t) {
        String y = t.text();
        if (y.length() != 4 || !Character.isDigit(y.charAt(0)) || !Character.isDigit(y.charAt(3))
                || t.start() < 4 || t.end() + 1 >= text.length()) {
            return false;
        }
        if (!text.regionMatches(true, t.start() - 4, "the ", 0, 4) || text.charAt(t.end()) != ' '
                || !Character.isLetter(text.charAt(t.end() + 1))) {
            return false;
        }
        // "in the 1967 war", "during the 2014 protests": a time, the year of what the noun names
        int wordEnd = t.start() - 5;
        int wordStart = wordEnd;
        while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        String before = text.substring(wordStart, Math.max(wordStart, wordEnd)).toLowerCase(Locale.ROOT);
        return !TIME_PREPOSITIONS.contains(before);
    }

    private static final Set<String> TIME_PREPOSITIONS = Set.of("in", "during", "since", "after",
            "before", "until", "till", "by", "throughout", "ahead");

    /**
     * Days an event can be dated to where the expression's own value is a week or a season
     * (its first and last month): a weekend
     * ("2022-W09-WE") is its Saturday to its Sunday; "three weeks ago", a week by TIMEX3
     * convention, is the publication day's weekday that week, the day a reader counts back to.
     * Null for every other expression.
     */
    static String[] daysOf(Timex t, LocalDate published) {
        if (t.value() == null) {
            return null;
        }
        if (season(t.value())) {
            return seasonMonths(Integer.parseInt(t.value().substring(0, 4)), t.value().substring(5));
        }
        if (!t.value().contains("-W")) {
            return null; // no week: neither expression below is run
        }
        java.util.regex.Matcher weekend = WEEKEND.matcher(t.value());
        if (weekend.matches()) {
            LocalDate monday = monday(weekend.group(1), weekend.group(2));
            return monday == null ? null
                    : new String[] {monday.plusDays(5).toString(), monday.plusDays(6).toString()};
        }
        java.util.regex.Matcher week = WEEK.matcher(t.value());
        if (published != null && "rel.ago".equals(t.rule()) && week.matches()) {
            LocalDate monday = monday(week.group(1), week.group(2));
            return monday == null ? null
                    : new String[] {monday.plusDays(published.getDayOfWeek().getValue() - 1L).toString(), null};
        }
        return null;
    }

    // Whether the value is a season, "2022-SP": four digits, '-', SP, SU, FA or WI. Tested by hand,
    // not by an expression: it is asked of every expression of every text.
    private static boolean season(String value) {
        if (value.length() != 7 || value.charAt(4) != '-') {
            return false;
        }
        for (int k = 0; k < 4; k++) {
            if (value.charAt(k) < '0' || value.charAt(k) > '9') {
                return false;
            }
        }
        return SEASONS.contains(value.substring(5));
    }

    private static final List<String> SEASONS = List.of("SP", "SU", "FA", "WI");

    // A season's months, as the northern hemisphere's calendar has them: "the spring of 2022"
    // (2022-SP) is March to May; a winter (2022-WI) runs from its December into the next year.
    private static String[] seasonMonths(int year, String season) {
        YearMonth first = switch (season) {
            case "SP" -> YearMonth.of(year, 3);
            case "SU" -> YearMonth.of(year, 6);
            case "FA" -> YearMonth.of(year, 9);
            default -> YearMonth.of(year, 12);
        };
        return new String[] {first.toString(), first.plusMonths(2).toString()};
    }

    // The Monday of an ISO week, or null for a week the year does not have ("2021-W53").
    private static LocalDate monday(String year, String week) {
        try {
            return LocalDate.of(Integer.parseInt(year), 1, 4)
                    .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(week))
                    .with(DayOfWeek.MONDAY);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    // How the words of SINCE and DEADLINE end: "since"; "until", "till", "by", "before", "than", "for".
    private static final List<String> SINCE_ENDINGS = List.of("ce");
    private static final List<String> DEADLINE_ENDINGS = List.of("il", "ll", "by", "re", "an", "or");

    // What SINCE or DEADLINE needs to match at all, tested without running it: the `within`
    // characters before offset end in white space after a word with one of the endings (ASCII,
    // either case). Most expressions follow "on", "in", "last": then the expression is not run.
    private static boolean wordBefore(String text, int offset, int within, List<String> endings) {
        int from = Math.max(0, offset - within);
        int k = offset;
        if (k > from && "\u0085\u2028\u2029".indexOf(text.charAt(k - 1)) >= 0) {
            k--; // "$" also matches before a final line terminator
        }
        int end = k;
        while (k > from && Ascii.isRegexSpace(text.charAt(k - 1))) {
            k--;
        }
        if (k == end || k - 2 < from) {
            return false;
        }
        char a = text.charAt(k - 2);
        char b = text.charAt(k - 1);
        if (a >= 128 || b >= 128) {
            return false;
        }
        for (String e : endings) {
            if (Character.toLowerCase(a) == e.charAt(0) && Character.toLowerCase(b) == e.charAt(1)) {
                return true;
            }
        }
        return false;
    }

    /** The value as an ISO date at its granularity, or null when it is none ("P3D", "XXXX-09"). */
    static String day(String value) {
        if (value == null) {
            return null;
        }
        if (Dates.plainIso(value)) {
            return value; // the usual "2014-09-05": no expression to run
        }
        if (!yearAndDash(value)) {
            return null; // "PRESENT_REF", "XXXX-09": none of the expressions below can match
        }
        java.util.regex.Matcher m = DAY_WITH_TIME.matcher(value);
        if (m.matches()) {
            return m.group(1);
        }
        java.util.regex.Matcher w = WEEK.matcher(value);
        if (w.matches()) {
            // "last week" (2017-W51): news dates it no finer than its month, the month of its Thursday
            LocalDate monday = monday(w.group(1), w.group(2));
            return monday == null ? null : monday.plusDays(3).toString().substring(0, 7);
        }
        return null; // a plain "2014", "2014-09" or "2014-09-05" was answered first
    }

    // Whether the value opens with four digits and a dash, as every expression day() runs needs.
    private static boolean yearAndDash(String value) {
        if (value.length() < 5 || value.charAt(4) != '-') {
            return false;
        }
        for (int k = 0; k < 4; k++) {
            if (value.charAt(k) < '0' || value.charAt(k) > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * The spans of the "since" phrases that end in a date, from "since" to the date's end, of the
     * dates within [from, to): "in force since 27 July 2020", "their first meeting since the
     * negotiations in Minsk in February".
     */
    List<int[]> sinceSpans(int from, int to) {
        List<int[]> out = new ArrayList<>();
        for (int i = firstAtOrAfter(from); i < dates.size() && dates.get(i).start() < to; i++) {
            if (sinceAt[i] >= 0) {
                out.add(new int[] {sinceAt[i], dates.get(i).end()});
            }
        }
        return out;
    }

    /** The resolved DATE expressions within [from, to) of the text. */
    List<Timex> within(int from, int to) {
        List<Timex> out = new ArrayList<>();
        for (int i = firstAtOrAfter(from); i < dates.size() && dates.get(i).start() < to; i++) {
            if (dates.get(i).end() <= to) {
                out.add(dates.get(i));
            }
        }
        return out;
    }

    // Binary search: the index of the first expression starting at or after offset.
    private int firstAtOrAfter(int offset) {
        int lo = 0;
        int hi = dates.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (dates.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * The date governing an event whose verb is at offset {@code at}: the nearest expression in
     * [clauseFrom, clauseTo), else in [sentenceFrom, sentenceTo); expressions inside an excluded
     * span (a relative clause the verb is not in) never count. Null when none.
     */
    Dated governing(int at, int clauseFrom, int clauseTo, int sentenceFrom, int sentenceTo, List<int[]> excluded) {
        return governing(at, clauseFrom, clauseTo, sentenceFrom, sentenceTo, excluded, false);
    }

    /**
     * Like the other; a deadline ("until Monday", "by the end of April") governs only a planned
     * event ({@code deadlines} true): "expects to sign by the end of April" is dated April.
     */
    Dated governing(int at, int clauseFrom, int clauseTo, int sentenceFrom, int sentenceTo, List<int[]> excluded,
                    boolean deadlines) {
        return governing(at, clauseFrom, clauseTo, clauseFrom, clauseTo, sentenceFrom, sentenceTo, excluded, deadlines);
    }

    /**
     * Like the other, looking first in the verb's part of its clause [partFrom, partTo), the part
     * a subordinating word opens or closes: "Tuesday marked the 1,000th day since Russia launched
     * its invasion on February 24, 2022" dates the launch by the date after it, not by the nearer
     * Tuesday.
     */
    Dated governing(int at, int partFrom, int partTo, int clauseFrom, int clauseTo, int sentenceFrom, int sentenceTo,
                    List<int[]> excluded, boolean deadlines) {
        Timex best = nearest(at, partFrom, partTo, excluded, deadlines);
        if (best == null) {
            best = nearest(at, clauseFrom, clauseTo, excluded, deadlines);
        }
        if (best == null) {
            best = nearest(at, sentenceFrom, sentenceTo, excluded, deadlines);
        }
        return best == null ? null : dated(best);
    }

    // "since March 2022" dates a state that goes on ("has controlled the dam since..."), and
    // "for the first time since" dates nothing: such an expression governs only when no other does.
    private Timex nearest(int at, int from, int to, List<int[]> excluded, boolean deadlines) {
        Timex best = nearest(at, from, to, excluded, deadlines, false);
        return best != null ? best : nearest(at, from, to, excluded, deadlines, true);
    }

    private Timex nearest(int at, int from, int to, List<int[]> excluded, boolean deadlines, boolean since) {
        Timex best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int i = firstAtOrAfter(from); i < dates.size() && dates.get(i).start() < to; i++) {
            Timex t = dates.get(i);
            if (t.end() > to) {
                continue; // not within [from, to)
            }
            if (inAny(excluded, t) || (text.startsWith("'s", t.end()) || text.startsWith("’s", t.end()))
                    && !atOccasion(t)) {
                continue; // "Friday's deal" names a thing, it does not date the verb
            }
            if (since != afterSince[i]) {
                continue;
            }
            if (countedFrom[i] != null && !inOwnClause(t, at)) {
                continue; // restates the date before it for everything outside its own clause
            }
            boolean inPhrase = i > 0 && namesCountedEvent[i] && at >= dates.get(i - 1).end() && at < t.end();
            if (namesCountedEvent[i] && !inPhrase || i + 1 < dates.size() && namesCountedEvent[i + 1]
                    && at >= t.end() && at < dates.get(i + 1).end()) {
                continue; // each dates its own side of "two days after [the referendum on March 16]"
            }
            if (!deadlines && deadline[i]) {
                continue; // "gave them until Monday": a deadline, not when it happened
            }
            int distance = t.end() <= at ? at - t.end() : Math.max(0, t.start() - at);
            if (distance < bestDistance) {
                best = countedFrom[i] != null ? countedFrom[i] : t;
                bestDistance = distance;
            }
        }
        return best;
    }

    // "told the builders at Tuesday's ceremony": an occasion the action took place at, which dates it
    private boolean atOccasion(Timex t) {
        int k = t.start();
        while (k > 0 && text.charAt(k - 1) == ' ') {
            k--;
        }
        return wordBefore(k, "at") || wordBefore(k, "during");
    }

    // Whether the word ending at k is the given one ("At Friday's meeting" opens a sentence too).
    private boolean wordBefore(int k, String word) {
        int from = k - word.length();
        return from >= 0 && text.regionMatches(true, from, word, 0, word.length())
                && (from == 0 || !Character.isLetter(text.charAt(from - 1)));
    }

    // Whether the expression lies inside one of the spans.
    private static boolean inAny(List<int[]> spans, Timex t) {
        for (int[] x : spans) {
            if (t.start() >= x[0] && t.end() <= x[1]) {
                return true;
            }
        }
        return false;
    }

    /** The date an expression gives, with the end of its range when it opens or closes one. */
    Dated dated(Timex t) {
        int i = firstAtOrAfter(t.start());
        while (i < dates.size() - 1 && dates.get(i) != t && dates.get(i).start() == t.start()) {
            i++;
        }
        Timex first = t;
        Timex second = null;
        boolean own = dates.get(i) == t; // always, for an expression of this attacher
        if (i + 1 < dates.size() && (own ? linkedToNext[i] : linked(t, dates.get(i + 1)))) {
            second = dates.get(i + 1);
        } else if (i > 0 && (own ? linkedToNext[i - 1] : linked(dates.get(i - 1), t))) {
            first = dates.get(i - 1);
            second = t;
        }
        DateSource source = first.relative() || second != null && second.relative()
                ? DateSource.RELATIVE : DateSource.EXPLICIT;
        if (second == null) {
            return new Dated(t.value(), t.endValue(), source, t.text());
        }
        return new Dated(first.value(), second.value(), source, text.substring(first.start(), second.end()));
    }

    // A verb after the expression and before the next comma: "a day after guards fired on ..."
    private boolean inOwnClause(Timex t, int at) {
        if (at < t.end()) {
            return false;
        }
        int comma = text.indexOf(',', t.end());
        return comma < 0 || comma >= at;
    }

    /**
     * For "Monday, a day after [an event]" (counted from an event, right after a date and a comma):
     * the day of that event, as far back from the date before as the expression reaches past it
     * ("a day after" it restates Monday 26th as the 27th: the event was the 25th); the expression
     * before itself when not both are days; null when t restates nothing.
     */
    private Timex countedFrom(Timex before, Timex t) {
        if (!countsFromEvent(t) || t.start() < before.end()
                || !APPOSITION.matcher(text).region(before.end(), t.start()).matches()
                && !LATER_IN_CLAUSE.matcher(text).region(before.end(), t.start()).matches()) {
            return null;
        }
        String value = before.value();
        // "on Monday morning" (2014-03-24TMO) counts from its day
        String dayValue = value.length() > 10 && value.charAt(10) == 'T' ? value.substring(0, 10) : value;
        LocalDate day = dayValue.length() == 10 ? Dates.first(dayValue) : null;
        LocalDate restated = t.value().length() == 10 ? Dates.first(t.value()) : null;
        if (day != null && restated != null) {
            value = day.minusDays(ChronoUnit.DAYS.between(day, restated)).toString();
        }
        return new Timex(t.start(), t.end(), t.text(), t.type(), value, true, t.rule(), null, null);
    }

    // "two days after the referendum on March 16": the date right after a counted expression,
    // with no punctuation between, is the day of the event it counts from
    private boolean namesCountedEvent(Timex counted, Timex t) {
        return countsFromEvent(counted) && TemporalTagger.namesCountedEvent(text, counted.end(), t.start());
    }

    // "two days after", "a day before": counted from an event rather than from a date
    private static boolean countsFromEvent(Timex t) {
        return "rel.after-event".equals(t.rule()) || "rel.before-event".equals(t.rule());
    }

    /** The longest word of RANGE_LINK ("through"). */
    private static final int LONGEST_LINK = 7;

    // What RANGE_LINK needs to match text[from, to) at all, tested without running it: at most
    // LONGEST_LINK characters once white space is taken off both ends (two expressions in a row
    // are mostly sentences apart).
    private boolean shortLink(int from, int to) {
        while (from < to && Ascii.isRegexSpace(text.charAt(from))) {
            from++;
        }
        while (to > from && Ascii.isRegexSpace(text.charAt(to - 1))) {
            to--;
        }
        return to - from <= LONGEST_LINK;
    }

    // "between March and May 2015", "from 2014 to 2016"
    private boolean linked(Timex a, Timex b) {
        // (the text between as a region, not a copy: it is read for every two expressions in a row)
        if (b.start() < a.end() || !shortLink(a.end(), b.start())
                || !RANGE_LINK.matcher(text).region(a.end(), b.start()).matches()) {
            return false;
        }
        String before = text.substring(Math.max(0, a.start() - 12), a.start());
        return RANGE_OPEN.matcher(before).matches() || RANGE_START.matcher(a.text()).lookingAt();
    }
}
