package org.dateline.timeline;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the ISO values events carry ("2014", "2014-09", "2014-09-05", "2014-W36", "2014-Q3",
 * "2014-SU") into epoch days: the first day of the period and its last.
 */
public final class Days {
    /** Returned for a value that names no calendar period (null, "PRESENT_REF"...). */
    public static final int NONE = Integer.MIN_VALUE;

    private static final Pattern VALUE = Pattern.compile(
            "(?<year>\\d{4})(?:-(?:(?<month>\\d{2})(?:-(?<day>\\d{2}))?|W(?<week>\\d{2})|Q(?<quarter>[1-4])"
                    + "|(?<season>SP|SU|FA|WI)))?.*");

    private Days() {
    }

    /** The first day of the period, or {@link #NONE}. */
    public static int start(String value) {
        LocalDate[] span = span(value);
        return span == null ? NONE : (int) span[0].toEpochDay();
    }

    /** The last day of the period, or {@link #NONE}. */
    public static int end(String value) {
        LocalDate[] span = span(value);
        return span == null ? NONE : (int) span[1].toEpochDay();
    }

    public static LocalDate date(int epochDay) {
        return LocalDate.ofEpochDay(epochDay);
    }

    private static LocalDate[] span(String value) {
        if (value == null) {
            return null;
        }
        if (value.length() == 10 && value.charAt(4) == '-' && value.charAt(7) == '-') {
            // The common case, a day, without the regular expression: 100,000 events load fast.
            try {
                LocalDate d = LocalDate.of(Integer.parseInt(value, 0, 4, 10), Integer.parseInt(value, 5, 7, 10),
                        Integer.parseInt(value, 8, 10, 10));
                return new LocalDate[] {d, d};
            } catch (java.time.DateTimeException | NumberFormatException e) {
                return null;
            }
        }
        Matcher m = VALUE.matcher(value);
        if (!m.matches()) {
            return null;
        }
        try {
            int year = Integer.parseInt(m.group("year"));
            if (m.group("day") != null) {
                LocalDate d = LocalDate.of(year, Integer.parseInt(m.group("month")), Integer.parseInt(m.group("day")));
                return new LocalDate[] {d, d};
            }
            if (m.group("month") != null) {
                YearMonth ym = YearMonth.of(year, Integer.parseInt(m.group("month")));
                return new LocalDate[] {ym.atDay(1), ym.atEndOfMonth()};
            }
            if (m.group("week") != null) {
                LocalDate monday = LocalDate.of(year, 1, 4)
                        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group("week")))
                        .with(java.time.DayOfWeek.MONDAY);
                return new LocalDate[] {monday, monday.plusDays(6)};
            }
            if (m.group("quarter") != null) {
                int q = Integer.parseInt(m.group("quarter"));
                LocalDate first = LocalDate.of(year, 3 * q - 2, 1);
                return new LocalDate[] {first, first.plusMonths(3).minusDays(1)};
            }
            if (m.group("season") != null) {
                int month = switch (m.group("season")) {
                    case "SP" -> 3;
                    case "SU" -> 6;
                    case "FA" -> 9;
                    default -> 12;
                };
                LocalDate first = LocalDate.of(year, month, 1);
                return new LocalDate[] {first, first.plusMonths(3).minusDays(1)};
            }
            return new LocalDate[] {LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)};
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
