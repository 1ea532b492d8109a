package org.dateline.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Fills the slots of one match's templates: normalises its named parts through the tables and
 * computes relative values from the anchor (publication date) and the reference date (the
 * last date the text mentioned). Records whether the value depended on either.
 */
final class Functions {
    // compiled once: String.matches and replaceAll compile their pattern at every call
    private static final java.util.regex.Pattern DIGITS_OR_X = java.util.regex.Pattern.compile("\\d+|X");
    private static final java.util.regex.Pattern DIGITS = java.util.regex.Pattern.compile("\\d+");
    private static final java.util.regex.Pattern SIGNED_DIGITS = java.util.regex.Pattern.compile("-?\\d+");
    /** The functions a template may call, with their number of arguments. */
    private static final Map<String, Integer> ARITY = Map.ofEntries(
            Map.entry("anchor", 1), Map.entry("shift", 2), Map.entry("ref", 1),
            Map.entry("refshift", 2), Map.entry("ago", 2), Map.entry("yearof", 1),
            Map.entry("weekday", 1), Map.entry("lastday", 1), Map.entry("nextday", 1), Map.entry("weekdayin", 2), Map.entry("sameday", 1),
            Map.entry("dur", 2), Map.entry("clock", 3), Map.entry("clock24", 2),
            Map.entry("quarterof", 1), Map.entry("latest", 1), Map.entry("yearbefore", 1),
            Map.entry("yearafter", 1), Map.entry("weekend", 0), Map.entry("eventshift", 2));

    private final Tables tables;
    private final List<String> groups;
    private final String[] parts;
    private final Point anchor;
    private final Point reference;
    private final Tense tense;
    private boolean relative;
    private boolean usedReference;

    /**
     * @param groups the names of the rule's parts
     * @param parts  the text each part matched (null when it took no part), in that order
     */
    Functions(Tables tables, List<String> groups, String[] parts, Point anchor,
              Point reference, Tense tense) {
        this.tables = tables;
        this.groups = groups;
        this.parts = parts;
        this.anchor = anchor;
        this.reference = reference == null ? anchor : reference;
        this.tense = tense;
    }

    static void check(String function, List<String> args) {
        Integer arity = ARITY.get(function);
        if (arity == null) {
            throw new IllegalArgumentException("unknown function " + function + "(), known: "
                    + ARITY.keySet());
        }
        if (arity != args.size() && !(arity == 0 && args.size() == 1 && args.get(0).isEmpty())) {
            throw new IllegalArgumentException(function + "() takes " + arity + " arguments");
        }
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

    /** A named part of the match, normalised; null when absent or not normalisable. */
    String part(String name) {
        int i = groups.indexOf(name);
        String text = i < 0 ? null : parts[i];
        if (text == null) {
            return null;
        }
        String base = withoutTrailingDigits(name);
        return switch (base) {
            case "year" -> Numbers.year(text);
            case "day" -> pad(Numbers.ordinal(text, tables));
            case "num" -> Numbers.number(text, tables);
            case "hour", "minute" -> pad(text);
            default -> tables.hasTable(base) ? tables.lookup(base, text) : text.strip();
        };
    }

    // "month2" -> "month": a part is normalised through the table of its base name.
    private static String withoutTrailingDigits(String name) {
        int end = name.length();
        while (end > 0 && name.charAt(end - 1) >= '0' && name.charAt(end - 1) <= '9') {
            end--;
        }
        return end == name.length() ? name : name.substring(0, end);
    }

    String call(Template.Term term) {
        List<String> a = term.args();
        return switch (term.function()) {
            case "anchor" -> atAnchor(unit(a.get(0)), 0L);
            case "shift" -> atAnchor(unit(a.get(0)), number(a.get(1)));
            case "ref" -> fromReference(unit(a.get(0)), 0L);
            case "refshift" -> fromReference(unit(a.get(0)), number(a.get(1)));
            case "eventshift" -> reference == anchor || coarserThan(reference, unit(a.get(0)))
                    ? unresolved(unit(a.get(0))) : fromReference(unit(a.get(0)), number(a.get(1)));
            case "ago" -> ago(unit(a.get(0)), number(a.get(1)));
            case "yearof" -> yearOf(part(a.get(0)));
            case "weekday" -> weekday(part(a.get(0)), null);
            case "lastday" -> weekday(part(a.get(0)), false);
            case "nextday" -> weekday(part(a.get(0)), true);
            case "weekdayin" -> weekdayIn(part(a.get(0)), number(a.get(1)));
            case "sameday" -> sameDay(part(a.get(0)));
            case "dur" -> duration(a.get(0), unit(a.get(1)));
            case "clock" -> clock(part(a.get(0)), part(a.get(1)), part(a.get(2)));
            case "clock24" -> clock(part(a.get(0)), part(a.get(1)), null);
            case "quarterof" -> quarterOf(part(a.get(0)));
            case "latest" -> latest(unit(a.get(0)));
            case "yearbefore" -> yearAround(part(a.get(0)), -1);
            case "yearafter" -> yearAround(part(a.get(0)), 1);
            case "weekend" -> weekend();
            default -> null;
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
        return (tense.future() || begun ? anchor : anchor.shift(Unit.WEEK, -1)).at(Unit.WEEKEND).format();
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

    private String duration(String arg, Unit unit) {
        if (unit == null) {
            return null;
        }
        String n = DIGITS_OR_X.matcher(arg).matches() ? arg : part(arg);
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

    private Unit unit(String arg) {
        Unit u = Unit.named(arg);
        if (u != null) {
            return u;
        }
        String named = part(arg);
        return named == null ? null : Unit.named(named);
    }

    // An integer literal or a numeric part, with an optional sign; null when unknown ("several").
    private Long number(String arg) {
        boolean negative = arg.startsWith("-");
        String name = arg.startsWith("-") || arg.startsWith("+") ? arg.substring(1) : arg;
        String digits = DIGITS.matcher(name).matches() ? name : part(name);
        if (digits == null || !SIGNED_DIGITS.matcher(digits).matches()) {
            return null;
        }
        long n = Long.parseLong(digits);
        return negative ? -n : n;
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

    private static String pad(String digits) {
        if (digits == null) {
            return null;
        }
        return digits.length() == 1 ? "0" + digits : digits;
    }
}
