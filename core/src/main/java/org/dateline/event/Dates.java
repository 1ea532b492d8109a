package org.dateline.event;

import java.time.LocalDate;
import java.time.YearMonth;

/** ISO dates at their granularity ("2014", "2014-09", "2014-09-05"), as events carry them. */
final class Dates {
    private Dates() {
    }

    /** The first day the value covers, or null when it is not an ISO date. */
    static LocalDate first(String value) {
        if (value == null) {
            return null;
        }
        if (plainIso(value)) {
            // the usual case, read without the formatters' parsing (a good share of reading events)
            int year = Integer.parseInt(value, 0, 4, 10);
            int month = value.length() > 4 ? Integer.parseInt(value, 5, 7, 10) : 1;
            int day = value.length() > 7 ? Integer.parseInt(value, 8, 10, 10) : 1;
            try {
                return LocalDate.of(year, month, day);
            } catch (RuntimeException e) {
                return null; // "2014-02-30", "2014-13": as the formatters reject them
            }
        }
        try {
            return switch (value.length()) {
                case 4 -> LocalDate.of(Integer.parseInt(value), 1, 1);
                case 7 -> YearMonth.parse(value).atDay(1);
                case 10 -> LocalDate.parse(value);
                default -> null;
            };
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** True for "2014", "2014-09", "2014-09-05" in ASCII digits (a valid date or not). */
    static boolean plainIso(String value) {
        int n = value.length();
        if (n != 4 && n != 7 && n != 10) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (i == 4 || i == 7 ? c != '-' : c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** True when the whole period of the value lies after the given day. */
    static boolean startsAfter(String value, LocalDate day) {
        LocalDate first = first(value);
        return first != null && first.isAfter(day);
    }

    /** True when the whole period of the value lies before the given day. */
    static boolean endsBefore(String value, LocalDate day) {
        LocalDate first = first(value);
        if (first == null) {
            return false;
        }
        LocalDate last = switch (value.length()) {
            case 4 -> first.withDayOfYear(first.lengthOfYear());
            case 7 -> first.withDayOfMonth(first.lengthOfMonth());
            default -> first;
        };
        return last.isBefore(day);
    }

    /** The value moved by whole years at its granularity ("2022-03", -1: "2021-03"); null when it is no ISO date. */
    static String shiftYears(String value, int years) {
        LocalDate first = first(value);
        if (first == null) {
            return null;
        }
        LocalDate moved = first.plusYears(years);
        return switch (value.length()) {
            case 4 -> String.valueOf(moved.getYear());
            case 7 -> moved.toString().substring(0, 7);
            default -> moved.toString();
        };
    }

    /**
     * The day office-holders are looked up on for an event dated at this value: the day itself;
     * for a month its middle; for a year the publication date when it falls in that year, else mid-year.
     */
    static LocalDate representative(String value, LocalDate published) {
        LocalDate first = first(value);
        if (first == null) {
            return published;
        }
        return switch (value.length()) {
            case 4 -> published != null && published.getYear() == first.getYear() ? published : first.withMonth(7);
            case 7 -> first.withDayOfMonth(15);
            default -> first;
        };
    }
}
