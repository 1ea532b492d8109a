package org.dateline.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar point at a granularity: 2014-09-05 (DAY), 2014-W12 (WEEK), 2014-09 (MONTH),
 * 2014-Q3 (QUARTER), 2014 (YEAR), 201 (DECADE), 20 (CENTURY). Relative expressions are
 * computed on points, and a tagged value is read back into a point to become the reference
 * date of what follows.
 */
record Point(LocalDate date, Unit unit) {
    private static final Pattern VALUE = Pattern.compile(
            "(\\d{4})(?:-(?:(\\d\\d)(?:-(\\d\\d))?|W(\\d\\d)|Q(\\d)|H(\\d)))?(?:T.*)?");

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
        Matcher m = VALUE.matcher(value);
        if (!m.matches()) {
            return null;
        }
        try {
            int y = Integer.parseInt(m.group(1));
            if (m.group(3) != null) {
                return new Point(LocalDate.of(y, Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))), Unit.DAY);
            }
            if (m.group(2) != null) {
                return new Point(LocalDate.of(y, Integer.parseInt(m.group(2)), 1), Unit.MONTH);
            }
            if (m.group(4) != null) {
                LocalDate d = LocalDate.of(y, 6, 1)
                        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(4)))
                        .with(DayOfWeek.MONDAY);
                return new Point(d, Unit.WEEK);
            }
            if (m.group(5) != null) {
                return new Point(LocalDate.of(y, Integer.parseInt(m.group(5)) * 3 - 2, 1),
                        Unit.QUARTER);
            }
            if (m.group(6) != null) {
                return new Point(LocalDate.of(y, Integer.parseInt(m.group(6)) * 6 - 5, 1),
                        Unit.HALF);
            }
            return new Point(LocalDate.of(y, 1, 1), Unit.YEAR);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
