package org.dateline.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/**
 * Fills the slots of one match's templates: normalises its named parts through the tables and
 * computes relative values from the anchor (publication date) and the reference date (the
 * last date the text mentioned). Records whether the value depended on either.
 */
final class Functions {
    private final Tables tables;
    private final Parts partNames;
    private final String[] parts;
    private final Point anchor;
    private final Point reference;
    private final Tense tense;
    private boolean relative;
    private boolean usedReference;

    /**
     * @param partNames the rule's parts
     * @param parts     the text each part matched (null when it took no part), in that order
     */
    Functions(Tables tables, Parts partNames, String[] parts, Point anchor,
              Point reference, Tense tense) {
        this.tables = tables;
        this.partNames = partNames;
        this.parts = parts;
        this.anchor = anchor;
        this.reference = reference == null ? anchor : reference;
        this.tense = tense;
    }

    /** True when a filled value depended on the anchor or the reference date. */
    boolean relative() {
        return relative;
    }

    /**
     * True when a filled value was counted from the reference date: such a value ("a year
     * earlier") does not become the reference of what follows.
     */
    boolean usedReference() {
        return usedReference;
    }

    /** Part {@code i} of the match, normalised; null when absent (or no part: -1) or not normalisable. */
    String part(int i) {
        String text = i < 0 ? null : parts[i];
        return text == null ? null : partNames.normalise(i, text, tables);
    }

    String call(Template.Term term) {
        List<Template.Arg> a = term.args();
        return switch (term.function()) {
            case ANCHOR -> atAnchor(unit(a.get(0)), 0L);
            case SHIFT -> atAnchor(unit(a.get(0)), number(a.get(1)));
            case REF -> fromReference(unit(a.get(0)), 0L);
            case REFSHIFT -> fromReference(unit(a.get(0)), number(a.get(1)));
            case EVENTSHIFT -> reference == anchor || coarserThan(reference, unit(a.get(0)))
                    ? unresolved(unit(a.get(0))) : fromEvent(reference, a);
            // "The verdict came a day after ...", no day named before: the news is the anchor's
            case CLAUSESHIFT -> reference == anchor || coarserThan(reference, unit(a.get(0)))
                    ? fromEvent(anchor, a) : fromEvent(reference, a);
            case AGO -> ago(unit(a.get(0)), number(a.get(1)));
            case YEAROF -> yearOf(part(a.get(0).part()));
            case WEEKDAY -> weekday(part(a.get(0).part()), null);
            case LASTDAY -> weekday(part(a.get(0).part()), false);
            case NEXTDAY -> weekday(part(a.get(0).part()), true);
            case WEEKDAYIN -> weekdayIn(part(a.get(0).part()), number(a.get(1)));
            case SAMEDAY -> sameDay(part(a.get(0).part()));
            case DUR -> duration(a.get(0), unit(a.get(1)));
            case CLOCK -> clock(part(a.get(0).part()), part(a.get(1).part()), part(a.get(2).part()));
            case CLOCK24 -> clock(part(a.get(0).part()), part(a.get(1).part()), null);
            case QUARTEROF -> quarterOf(part(a.get(0).part()));
            case LATEST -> latest(unit(a.get(0)));
            case YEARBEFORE -> yearAround(part(a.get(0).part()), -1);
            case YEARAFTER -> yearAround(part(a.get(0).part()), 1);
            case WEEKEND -> weekend();
        };
    }

    private String atAnchor(Unit unit, Long n) {
        relative = true;
        if (unit == null || n == null) {
            return null;
        }
        if (anchor == null) {
            return unknown(unit);
        }
        return anchor.shift(unit, n).format();
    }

    // The reference's own granularity is kept when it is a quarter: "the third quarter ... a
    // year earlier" is the third quarter of the year before.
    private String fromReference(Unit unit, Long n) {
        relative = true;
        usedReference = reference != anchor;
        if (unit == null || n == null) {
            return null;
        }
        Point base = reference;
        if (base != null && base.unit().compareTo(unit) > 0 && base.unit().compareTo(Unit.DAY) >= 0
                && unit.compareTo(Unit.DAY) <= 0) {
            base = anchor; // "that day" after "in March": no day to count from but the anchor's
            usedReference = false;
        }
        if (base == null) {
            return unknown(unit);
        }
        Point p = base.shift(unit, n);
        if (base.unit() == Unit.QUARTER && unit == Unit.YEAR && n != 0) {
            p = p.at(Unit.QUARTER);
        }
        return p.format();
    }

    // The date of an event counted from another's, at 'from' (the anchor or the reference), by
    // the arguments (UNIT, N). An event "a week after" one on a day happened on a day: weeks
    // counted from a day are days (as "a week earlier" is not: that names the week).
    private String fromEvent(Point from, List<Template.Arg> a) {
        Unit unit = unit(a.get(0));
        Long n = number(a.get(1));
        if (unit == Unit.WEEK && from != null && from.unit() == Unit.DAY) {
            unit = Unit.DAY;
            n = n == null ? null : n * 7;
        }
        return from == anchor ? atAnchor(unit, n) : fromReference(unit, n);
    }

    // "Three weeks before" the summit, after "a year ago": a year is no point to count weeks from.
    private static boolean coarserThan(Point reference, Unit unit) {
        return reference != null && unit != null && reference.unit().compareTo(unit) > 0;
    }

    // "Seven months after" an event when no date was mentioned before: no date to count from.
    private String unresolved(Unit unit) {
        relative = true;
        return unit == null ? null : unknown(unit);
    }

    private String ago(Unit unit, Long n) {
        if (reference != null && reference != anchor && reference.unit() == Unit.QUARTER
                && unit == Unit.YEAR && n != null) {
            return fromReference(unit, -n);
        }
        return atAnchor(unit, n == null ? null : -n);
    }

    // A month (or MM-DD) without a year: the nearest such month to the anchor; when last
    // year's and next year's are as near, the tense of the clause decides. Future cues are
    // strong ("will"), past ones weak (any -ed word): a month gone by in a clause about the
    // future is next year's.
    private String yearOf(String month) {
        relative = true;
        if (anchor == null) {
            return "XXXX";
        }
        int year = anchor.date().getYear();
        if (month != null) {
            int diff = Integer.parseInt(month.substring(0, 2)) - anchor.date().getMonthValue();
            if (diff > 6 || (diff == 6 && tense.past())) {
                year--;
                diff -= 12;
            } else if (diff < -6 || (diff == -6 && tense.future())) {
                year++;
                diff += 12;
            }
            if (diff < 0 && tense.future()) {
                year++;
            } else if ((diff > 0 && tense.justPast()) || (diff > 2 && tense.pastClose())) {
                year--; // "They took it in March", written in November
            }
        }
        return Numbers.zeroPadded(year, 4);
    }

    // "Last April": the latest April before the anchor's month; "next April" the first after.
    private String yearAround(String month, int direction) {
        relative = true;
        if (month == null) {
            return null;
        }
        if (anchor == null) {
            return "XXXX";
        }
        int diff = Integer.parseInt(month.substring(0, 2)) - anchor.date().getMonthValue();
        int year = anchor.date().getYear();
        if (direction < 0 && diff >= 0) {
            year--;
        } else if (direction > 0 && diff <= 0) {
            year++;
        }
        return Numbers.zeroPadded(year, 4);
    }

    // "The weekend": the coming one in a clause about the future, else the last one begun.
    private String weekend() {
        relative = true;
        if (anchor == null) {
            return unknown(Unit.WEEKEND);
        }
        boolean begun = anchor.date().getDayOfWeek().getValue() >= 6;
        return (begun || tense.future() ? anchor : anchor.shift(Unit.WEEK, -1)).at(Unit.WEEKEND).format();
    }

    // The year of a quarter named without one: this year's, or last year's when that quarter
    // is still to come and the clause speaks of the past ("fourth-quarter profit" in January).
    private String quarterOf(String quarter) {
        relative = true;
        if (quarter == null) {
            return null;
        }
        if (anchor == null) {
            return "XXXX";
        }
        int year = anchor.date().getYear();
        if (Integer.parseInt(quarter) > (anchor.date().getMonthValue() + 2) / 3 && !tense.future()) {
            year--;
        }
        return Numbers.zeroPadded(year, 4);
    }

    // "The latest quarter": the one the text spoke of last, else the last complete one.
    private String latest(Unit unit) {
        relative = true;
        if (unit == null) {
            return null;
        }
        if (reference != null && reference != anchor && reference.unit() == unit) {
            usedReference = true;
            return reference.format();
        }
        return anchor == null ? unknown(unit) : anchor.shift(unit, -1).format();
    }

    private String weekday(String day, Boolean next) {
        relative = true;
        if (day == null) {
            return null;
        }
        if (anchor == null) {
            return "XXXX-XX-XX";
        }
        DayOfWeek d = DayOfWeek.of(Integer.parseInt(day));
        if (next == null) {
            if (d == anchor.date().getDayOfWeek()) {
                // The anchor's own weekday is the anchor, whatever the tense: the clause is not read.
                return anchor.nearestWeekday(d).format();
            }
            // A clause without any tense cue ("He travels to Vilnius on Wednesday"): the nearest.
            return (tense.future() || tense.past() ? anchor.weekday(d, tense.future())
                    : anchor.nearestWeekday(d)).format();
        }
        return anchor.shift(Unit.DAY, next ? 1 : -1).weekday(d, next).format();
    }

    // "The same Friday": the day last mentioned when it is that weekday, else the weekday as if
    // it stood alone ("announced the same Monday" after a Tuesday was mentioned).
    private String sameDay(String day) {
        if (day != null && reference != anchor && reference != null && reference.unit() == Unit.DAY
                && reference.date().getDayOfWeek() == DayOfWeek.of(Integer.parseInt(day))) {
            relative = true;
            usedReference = true;
            return reference.format();
        }
        return weekday(day, null);
    }

    // "Friday last week": that day of the (ISO, Monday-first) week n weeks from the anchor's.
    private String weekdayIn(String day, Long n) {
        relative = true;
        if (day == null || n == null) {
            return null;
        }
        if (anchor == null) {
            return "XXXX-XX-XX";
        }
        LocalDate monday = anchor.date().with(DayOfWeek.MONDAY).plusWeeks(n);
        return new Point(monday.plusDays(Integer.parseInt(day) - 1L), Unit.DAY).format();
    }

    private String duration(Template.Arg arg, Unit unit) {
        if (unit == null) {
            return null;
        }
        String n = arg.digitsOrX() ? arg.text() : part(arg.part());
        return n == null ? null : unit.duration(n);
    }

    private static String clock(String hour, String minute, String half) {
        if (hour == null) {
            return null;
        }
        int h = Integer.parseInt(hour);
        if (h > 24 || (half != null && h > 12)) {
            return null;
        }
        if ("pm".equals(half) && h < 12) {
            h += 12;
        } else if ("am".equals(half) && h == 12) {
            h = 0;
        }
        return Numbers.zeroPadded(h, 2) + ":" + (minute == null ? "00" : minute);
    }

    private Unit unit(Template.Arg arg) {
        if (arg.unit() != null) {
            return arg.unit();
        }
        String named = part(arg.part());
        return named == null ? null : Unit.named(named);
    }

    // An integer literal or a numeric part, with an optional sign; null when unknown ("several").
    private Long number(Template.Arg arg) {
        if (arg.number() != null) {
            return arg.number();
        }
        String digits = part(arg.signed());
        if (digits == null || !isSignedInteger(digits)) {
            return null;
        }
        long n = Long.parseLong(digits);
        return arg.negated() ? -n : n;
    }

    // -?[0-9]+
    private static boolean isSignedInteger(String s) {
        int i = s.startsWith("-") ? 1 : 0;
        if (i == s.length()) {
            return false;
        }
        for (; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static String unknown(Unit unit) {
        return switch (unit) {
            case SECOND, MINUTE, HOUR, DAY -> "XXXX-XX-XX";
            case WEEKEND -> "XXXX-WXX-WE";
            case WEEK -> "XXXX-WXX";
            case MONTH -> "XXXX-XX";
            case QUARTER -> "XXXX-QX";
            case HALF -> "XXXX-HX";
            case YEAR -> "XXXX";
            case DECADE -> "XXX";
            case CENTURY -> "XX";
        };
    }
}
