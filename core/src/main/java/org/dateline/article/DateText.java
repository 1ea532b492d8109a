package org.dateline.article;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.text.RuleFile;

/**
 * Reads calendar dates as publishers write them: machine formats in metadata (ISO 8601, RFC 1123,
 * the patterns of {@code date-formats.txt}) and dates inside byline or dateline text.
 */
final class DateText {
    static final String FORMATS_RESOURCE = "date-formats.txt";

    /** The patterns of date-formats.txt, with the example each must parse. */
    record Format(String pattern, String example, DateTimeFormatter formatter) {
    }

    private static final List<Format> FORMATS = loadFormats();

    private static final String MONTH = monthAlternation();
    /** "january" to "december", looked up for every date read. */
    private static final String[] MONTH_NAMES = java.util.Arrays.stream(Month.values())
            .map(m -> m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT))
            .toArray(String[]::new);
    private static final String WEEKDAY = "(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\\.?,?\\s+";
    // "March 18, 2014", "Mar. 18 2014", "18 March 2014", "2014-03-18", each maybe after a weekday.
    private static final Pattern DATE_IN_TEXT = Pattern.compile(
            "\\b(?:" + WEEKDAY + ")?(?:"
                    + "(?<m1>" + MONTH + ")\\.?\\s+(?<d1>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<y1>(?:19|20)\\d\\d)"
                    + "|(?<d2>\\d{1,2})(?:st|nd|rd|th)?\\s+(?<m2>" + MONTH + ")\\.?,?\\s+(?<y2>(?:19|20)\\d\\d)"
                    // 2022-02-24, and with its time as a machine writes it: 2022-02-24T18:05:00Z
                    + "|(?<y3>(?:19|20)\\d\\d)-(?<mo3>[01]\\d)-(?<d3>[0-3]\\d)(?:T\\d\\d:\\d\\d(?::\\d\\d(?:\\.\\d+)?)?(?:Z|[+-]\\d\\d:?\\d\\d)?)?"
                    // 03.03.2022, and with a space after each stop as Czech and Slovak pages write it
                    // (26. 3. 2018): day first
                    + "|(?<d4>[0-3]?\\d)\\. ?(?<mo4>[01]?\\d)\\. ?(?<y4>(?:19|20)\\d\\d)"
                    // 2020.07.28, 2024/06/21: year first, as Baltic and East Asian pages write it
                    + "|(?<y6>(?:19|20)\\d\\d)(?<sep6>[./])(?<mo6>[01]?\\d)\\k<sep6>(?<d6>[0-3]?\\d)"
                    // 24/02/2022, 02/24/2022: month first when both readings are dates (as the time rules)
                    + "|(?<a5>[0-3]?\\d)/(?<b5>[0-3]?\\d)/(?<y5>(?:19|20)\\d\\d)"
                    + ")\\b",
            Pattern.CASE_INSENSITIVE);
    // A wire dateline opening a paragraph: "KYIV, Nov 27 (EW) -", "MOSCOW, March 4 -"
    // "KYIV, Nov 27 (EW) -", "MOSCOW, March 4, 2014 -", "KERCH, 16 May 2018 -"
    private static final Pattern DATELINE = Pattern.compile(
            "^\\p{Lu}[\\p{Lu} .'/-]{1,40}(?:,\\s*\\p{Lu}[\\p{L} .'-]{1,30})?,\\s+(?:"
                    + "(?<m>" + MONTH + ")\\.?\\s+(?<d>\\d{1,2})\\b(?:,?\\s+(?<y>(?:19|20)\\d\\d))?"
                    + "|(?<d2>\\d{1,2})\\s+(?<m2>" + MONTH + ")\\.?(?:,?\\s+(?<y2>(?:19|20)\\d\\d))?)\\b");
    private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d\\d\\b");

    private DateText() {
    }

    /** A metadata value: ISO 8601 (date as written, zone ignored), RFC 1123, or a listed format. */
    static Optional<LocalDate> parseValue(String raw) {
        return parseAny(raw).filter(d -> d.getYear() >= EARLIEST_YEAR);
    }

    /**
     * Metadata dates before this year are placeholders content systems write for "unknown"
     * ("0001-01-01", "1970-01-01"), not publication dates of news on the web.
     */
    static final int EARLIEST_YEAR = 1990;

    private static final Pattern EPOCH = Pattern.compile("\\d{10}|\\d{13}");

    private static Optional<LocalDate> parseAny(String raw) {
        String value = raw == null ? "" : raw.strip();
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (value.length() >= 10 && Character.isDigit(value.charAt(0)) && value.charAt(4) == '-') {
            try {
                // The publisher's own calendar day: "2014-03-18T23:30:00-05:00" is the 18th.
                return Optional.of(LocalDate.parse(value.substring(0, 10)));
            } catch (DateTimeParseException e) {
                // fall through to the other formats
            }
        }
        try {
            return Optional.of(ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate());
        } catch (DateTimeParseException e) {
            // not RFC 1123
        }
        try {
            return Optional.of(OffsetDateTime.parse(value).toLocalDate());
        } catch (DateTimeParseException e) {
            // not an offset date-time
        }
        if (EPOCH.matcher(value).matches()) {
            // "1744643100": seconds (or, 13 digits, milliseconds) since 1970, as some systems
            // write it; the day in UTC, the zone being unknown
            long n = Long.parseLong(value);
            Instant at = value.length() == 13 ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n);
            return Optional.of(at.atOffset(ZoneOffset.UTC).toLocalDate());
        }
        for (Format f : FORMATS) {
            try {
                return Optional.of(LocalDate.parse(value, f.formatter()));
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        return findIn(value);
    }

    /** The first full date (day, month and year) written anywhere in a piece of text. */
    static Optional<LocalDate> findIn(String text) {
        if (!hasDigit(text)) {
            return Optional.empty();
        }
        Matcher m = DATE_IN_TEXT.matcher(text);
        while (m.find()) {
            Optional<LocalDate> date = matched(m);
            if (date.isPresent()) {
                return date;
            }
        }
        return Optional.empty();
    }

    /**
     * The publication date a byline gives: "Updated March 4, 2022. Published March 3, 2022" is
     * the 3rd. A date introduced as published or posted wins; then the first one not introduced
     * as an update; then the first one.
     */
    static Optional<LocalDate> publishedIn(String text) {
        if (!hasDigit(text)) {
            return Optional.empty();
        }
        Matcher m = DATE_IN_TEXT.matcher(text);
        Optional<LocalDate> first = Optional.empty();
        Optional<LocalDate> notUpdated = Optional.empty();
        int previousEnd = 0;
        while (m.find()) {
            Optional<LocalDate> date = matched(m);
            String before = text.substring(previousEnd, m.start());
            previousEnd = m.end();
            if (date.isEmpty()) {
                continue;
            }
            String marker = lastMarker(before);
            if (marker.equals("published")) {
                return date;
            }
            first = first.isPresent() ? first : date;
            if (!marker.equals("updated") && notUpdated.isEmpty()) {
                notUpdated = date;
            }
        }
        return notUpdated.isPresent() ? notUpdated : first;
    }

    private static final Pattern MARKER = Pattern.compile(
            "\\b(?:(?<published>published|posted|first\\s+published|created|issued)"
                    + "|(?<updated>updated|modified|last\\s+updated|edited|revised))\\b",
            Pattern.CASE_INSENSITIVE);

    // "published", "updated" or "" for the last marker word in the text before a date.
    private static String lastMarker(String before) {
        Matcher m = MARKER.matcher(before);
        String last = "";
        while (m.find()) {
            last = m.group("published") != null ? "published" : "updated";
        }
        return last;
    }

    private static Optional<LocalDate> matched(Matcher m) {
        if (m.group("y1") != null) {
            return date(m.group("y1"), monthNumber(m.group("m1")), m.group("d1"));
        }
        if (m.group("y2") != null) {
            return date(m.group("y2"), monthNumber(m.group("m2")), m.group("d2"));
        }
        if (m.group("y3") != null) {
            return date(m.group("y3"), Integer.parseInt(m.group("mo3")), m.group("d3"));
        }
        if (m.group("y4") != null) {
            return date(m.group("y4"), Integer.parseInt(m.group("mo4")), m.group("d4"));
        }
        if (m.group("y6") != null) {
            return date(m.group("y6"), Integer.parseInt(m.group("mo6")), m.group("d6"));
        }
        int a = Integer.parseInt(m.group("a5"));
        String b = m.group("b5");
        return a > 12 ? date(m.group("y5"), Integer.parseInt(b), m.group("a5")) : date(m.group("y5"), a, b);
    }

    /** The text with every full date removed (to see what else a line says). */
    static String withoutDates(String text) {
        return hasDigit(text) ? DATE_IN_TEXT.matcher(text).replaceAll(" ") : text;
    }

    /** A wire dateline's month and day, and its year when it gives one ("KYIV, Nov 27 (EW) -"). */
    record Dateline(int month, int day, OptionalInt year) {
        /** Its date, the year taken from yearHint when it has none; empty when neither gives one. */
        Optional<LocalDate> date(OptionalInt yearHint) {
            OptionalInt y = year.isPresent() ? year : yearHint;
            if (y.isEmpty()) {
                return Optional.empty();
            }
            try {
                return Optional.of(LocalDate.of(y.getAsInt(), month, day));
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        }
    }

    /** The wire dateline opening a paragraph, read once; empty when it opens with none. */
    static Optional<Dateline> dateline(String paragraph) {
        if (!hasDigit(paragraph)) {
            return Optional.empty();
        }
        Matcher m = DATELINE.matcher(paragraph);
        if (!m.find()) {
            return Optional.empty();
        }
        boolean dayFirst = m.group("d2") != null;
        String year = dayFirst ? m.group("y2") : m.group("y");
        return Optional.of(new Dateline(monthNumber(dayFirst ? m.group("m2") : m.group("m")),
                Integer.parseInt(dayFirst ? m.group("d2") : m.group("d")),
                year == null ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(year))));
    }

    /**
     * Every date pattern here needs digits ({@code \d}: 0-9): text without any holds no date, and
     * is not stepped through by a regex at every character.
     */
    static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /**
     * The year of a dateline of that month without a year of its own ("KYIV, Nov 18 (EW) -"): the
     * latest plausible year the text names, or the year after it when the text names a month of
     * that year on or after the dateline's: a report does not give the year of its own month, so
     * "seized in November 2018" under "Nov 18" was written in 2019.
     */
    static OptionalInt yearFor(int month, String text, int notAfter) {
        OptionalInt latest = latestYear(text, notAfter);
        if (latest.isEmpty() || latest.getAsInt() >= notAfter) {
            return latest;
        }
        int year = latest.getAsInt();
        Matcher named = MONTH_OF_YEAR.matcher(text);
        while (named.find()) {
            String m = named.group("m") != null ? named.group("m") : named.group("m2");
            String y = named.group("y") != null ? named.group("y") : named.group("y2");
            if (Integer.parseInt(y) == year && monthNumber(m) >= month) {
                return OptionalInt.of(year + 1);
            }
        }
        return latest;
    }

    // "November 2018", "Nov. 25, 2018", "25 November 2018" (capitalised: "may 2018" is no month)
    private static final Pattern MONTH_OF_YEAR = Pattern.compile(
            "\\b(?<m>" + MONTH + ")\\.?\\s+(?:\\d{1,2}(?:st|nd|rd|th)?,?\\s+)?(?<y>(?:19|20)\\d\\d)\\b"
                    + "|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?<m2>" + MONTH + ")\\.?,?\\s+(?<y2>(?:19|20)\\d\\d)\\b");

    /** The latest plausible year written in the text, for a dateline without one. */
    static OptionalInt latestYear(String text, int notAfter) {
        Matcher m = YEAR.matcher(text);
        int best = -1;
        while (m.find()) {
            int y = Integer.parseInt(m.group());
            if (y <= notAfter && y > best) {
                best = y;
            }
        }
        return best < 0 ? OptionalInt.empty() : OptionalInt.of(best);
    }

    static List<Format> formats() {
        return FORMATS;
    }

    private static Optional<LocalDate> date(String year, int month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static int monthNumber(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (int i = 0; i < MONTH_NAMES.length; i++) {
            if (MONTH_NAMES[i].startsWith(n)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("not a month: " + name);
    }

    private static String monthAlternation() {
        StringBuilder sb = new StringBuilder("(?:");
        for (Month month : Month.values()) {
            String full = month.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            String shortName = full.substring(0, 3);
            sb.append(full).append('|');
            if (!shortName.equals(full)) {
                sb.append(shortName).append('|');
            }
        }
        return sb.append("Sept)").toString();
    }

    private static List<Format> loadFormats() {
        List<Format> out = new ArrayList<>();
        for (RuleFile.Line line : RuleFile.resource(DateText.class, FORMATS_RESOURCE)) {
            if (line.fields().size() != 2 || line.field(1).isEmpty()) {
                throw new IllegalStateException(line.problem("expected 'pattern | example'"));
            }
            try {
                DateTimeFormatter f = new DateTimeFormatterBuilder().parseCaseInsensitive()
                        .appendPattern(line.field(0)).toFormatter(Locale.ENGLISH)
                        .withResolverStyle(ResolverStyle.STRICT);
                out.add(new Format(line.field(0), line.field(1), f));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(line.problem("bad pattern: " + e.getMessage()), e);
            }
        }
        return List.copyOf(out);
    }
}
