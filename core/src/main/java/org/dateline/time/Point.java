package org.dateline.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;

/**
 * A calendar point at a granularity: 2014-09-05 (DAY), 2014-W12 (WEEK), 2014-09 (MONTH),
 * 2014-Q3 (QUARTER), 2014 (YEAR), 201 (DECADE), 20 (CENTURY). Relative expressions are
 * computed on points, and a tagged value is read back into a point to become the reference
 * date of what follows.
 */
record Point(LocalDate date, Unit unit) {
    /** The TIMEX3 value of this point. */
    String format() {
        int y = date.getYear();
        return switch (unit) {
            case SECOND, MINUTE, HOUR, DAY -> date.toString();
            case WEEKEND -> weekValue() + "-WE";
            case WEEK -> weekValue();
            case MONTH -> pad4(y) + "-" + Numbers.zeroPadded(date.getMonthValue(), 2);
            case QUARTER -> pad4(y) + "-Q" + ((date.getMonthValue() - 1) / 3 + 1);
            case HALF -> pad4(y) + "-H" + ((date.getMonthValue() - 1) / 6 + 1);
            case YEAR -> pad4(y);
            case DECADE -> Numbers.zeroPadded(Math.floorDiv(y, 10), 3);
            case CENTURY -> Numbers.zeroPadded(Math.floorDiv(y, 100), 2);
        };
    }

    private String weekValue() {
        return pad4(date.get(IsoFields.WEEK_BASED_YEAR)) + "-W"
                + Numbers.zeroPadded(date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), 2);
    }

    private static String pad4(int year) {
        return Numbers.zeroPadded(year, 4);
    }

    /** This point moved by n units, at the granularity of that unit. */
    Point shift(Unit by, long n) {
        LocalDate d = switch (by) {
            case SECOND, MINUTE, HOUR, DAY -> date.plusDays(n);
            case WEEKEND, WEEK -> date.plusWeeks(n);
            case MONTH -> date.plusMonths(n);
            case QUARTER -> date.plusMonths(3 * n);
            case HALF -> date.plusMonths(6 * n);
            case YEAR -> date.plusYears(n);
            case DECADE -> date.plusYears(10 * n);
            case CENTURY -> date.plusYears(100 * n);
        };
        return new Point(d, by);
    }

    /** The given weekday nearest to this date, either way (the earlier one on a tie). */
    Point nearestWeekday(DayOfWeek day) {
        int diff = day.getValue() - date.getDayOfWeek().getValue();
        if (diff > 3) {
            diff -= 7;
        } else if (diff < -3) {
            diff += 7;
        }
        return new Point(date.plusDays(diff), Unit.DAY);
    }

    /** The same date seen at another granularity. */
    Point at(Unit granularity) {
        return new Point(date, granularity);
    }

    /**
     * The nearest given weekday on or before this date (past) or on or after it (future): wire
     * copy names the day of publication by its weekday too.
     */
    Point weekday(DayOfWeek day, boolean future) {
        int diff = day.getValue() - date.getDayOfWeek().getValue();
        if (future && diff < 0) {
            diff += 7;
        } else if (!future && diff > 0) {
            diff -= 7;
        }
        return new Point(date.plusDays(diff), Unit.DAY);
    }

    /** Reads a TIMEX3 date value back into a point; null when it is not a specific date. */
    static Point parse(String value) {
        // YYYY, then -MM[-DD], -Wnn, -Qn or -Hn, then an optional time (T...): read by hand, as
        // the regex (\d{4})(?:-(?:(\d\d)(?:-(\d\d))?|W(\d\d)|Q(\d)|H(\d)))?(?:T.*)? would,
        // since every date tagged is read back.
        if (!digitsAt(value, 0, 4)) {
            return null;
        }
        int y = number(value, 0, 4);
        int month = -1;
        int day = -1;
        int week = -1;
        int quarter = -1;
        int half = -1;
        int end = 4;
        if (value.startsWith("-", 4)) {
            if (digitsAt(value, 5, 2)) {
                month = number(value, 5, 2);
                end = 7;
                if (value.startsWith("-", 7) && digitsAt(value, 8, 2)) {
                    day = number(value, 8, 2);
                    end = 10;
                }
            } else if (value.startsWith("W", 5) && digitsAt(value, 6, 2)) {
                week = number(value, 6, 2);
                end = 8;
            } else if (value.startsWith("Q", 5) && digitsAt(value, 6, 1)) {
                quarter = number(value, 6, 1);
                end = 7;
            } else if (value.startsWith("H", 5) && digitsAt(value, 6, 1)) {
                half = number(value, 6, 1);
                end = 7;
            }
        }
        if (end < value.length() && (value.charAt(end) != 'T' || hasLineTerminator(value, end))) {
            return null;
        }
        try {
            if (day >= 0) {
                return new Point(LocalDate.of(y, month, day), Unit.DAY);
            }
            if (month >= 0) {
                return new Point(LocalDate.of(y, month, 1), Unit.MONTH);
            }
            if (week >= 0) {
                LocalDate d = LocalDate.of(y, 6, 1)
                        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                        .with(DayOfWeek.MONDAY);
                return new Point(d, Unit.WEEK);
            }
            if (quarter >= 0) {
                return new Point(LocalDate.of(y, quarter * 3 - 2, 1), Unit.QUARTER);
            }
            if (half >= 0) {
                return new Point(LocalDate.of(y, half * 6 - 5, 1), Unit.HALF);
            }
            return new Point(LocalDate.of(y, 1, 1), Unit.YEAR);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static boolean digitsAt(String s, int at, int count) {
        if (at + count > s.length()) {
            return false;
        }
        for (int i = at; i < at + count; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static int number(String s, int at, int count) {
        int n = 0;
        for (int i = at; i < at + count; i++) {
            n = n * 10 + (s.charAt(i) - '0');
        }
        return n;
    }

    // What '.' does not match: a time part is on one line.
    private static boolean hasLineTerminator(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }
}
