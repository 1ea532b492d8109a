package org.dateline.time;

import java.time.LocalDate;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A TimeML document as TempEval-3 distributes it: a DCT element with the creation date and a
 * TEXT element with the raw text (which may already carry TIMEX3, EVENT or SIGNAL markup).
 * Reads the raw text and any TIMEX3 it carries (the gold ones, for scoring), and writes the
 * document back with other TIMEX3 inserted into TEXT, the text unchanged.
 *
 * @param xml  the document as read
 * @param dct  the document creation time
 * @param text the raw text of TEXT, markup removed and entities decoded
 * @param gold the TIMEX3 already in TEXT, with offsets into {@code text}
 */
public record TimemlDocument(String xml, LocalDate dct, String text, List<Timex> gold) {
    private static final Pattern DCT = Pattern.compile(
            "<DCT>\\s*(?:<TIMEX3\\b([^>]*)>([^<]*)</TIMEX3>|([^<]*))\\s*</DCT>", Pattern.DOTALL);
    private static final Pattern ATTRIBUTE = Pattern.compile("([\\w:]+)\\s*=\\s*\"([^\"]*)\"");
    private static final Pattern DATE = Pattern.compile("(\\d{4})-?(\\d\\d)-?(\\d\\d)");
    private static final String OPEN = "<TEXT>";
    private static final String CLOSE = "</TEXT>";

    /** Reads a document; the message of the exception is a one-line reason. */
    public static TimemlDocument parse(String xml) {
        Matcher d = DCT.matcher(xml);
        if (!d.find()) {
            throw new IllegalArgumentException("no DCT element");
        }
        String dctText = d.group(1) != null
                ? attributes(d.group(1)).stream().filter(a -> a[0].equals("value"))
                .map(a -> a[1]).findFirst().orElse(d.group(2))
                : d.group(3);
        LocalDate dct = date(dctText.strip());
        int open = xml.indexOf(OPEN);
        int close = xml.lastIndexOf(CLOSE);
        if (open < 0 || close < open) {
            throw new IllegalArgumentException("no TEXT element");
        }
        StringBuilder text = new StringBuilder();
        List<Timex> gold = new ArrayList<>();
        String[] openTimex = null;
        int timexStart = 0;
        int i = open + OPEN.length();
        while (i < close) {
            char c = xml.charAt(i);
            if (c == '<') {
                int end = xml.indexOf('>', i);
                if (end < 0 || end > close) {
                    throw new IllegalArgumentException("unclosed tag in TEXT");
                }
                String tag = xml.substring(i + 1, end);
                if (tag.startsWith("TIMEX3")) {
                    openTimex = timexAttributes(tag);
                    timexStart = text.length();
                } else if (tag.equals("/TIMEX3") && openTimex != null) {
                    gold.add(new Timex(timexStart, text.length(), text.substring(timexStart),
                            type(openTimex[0]), openTimex[1], false, "gold", openTimex[2], null));
                    openTimex = null;
                }
                i = end + 1;
            } else if (c == '&') {
                int end = xml.indexOf(';', i);
                if (end < 0 || end - i > 10) {
                    throw new IllegalArgumentException("bad entity in TEXT");
                }
                text.append(entity(xml.substring(i + 1, end)));
                i = end + 1;
            } else {
                text.append(c);
                i++;
            }
        }
        return new TimemlDocument(xml, dct, text.toString(), List.copyOf(gold));
    }

    /**
     * The document with TEXT replaced by its raw text and the given TIMEX3 (tid t1, t2...; the
     * DCT keeps t0). Everything outside TEXT is unchanged.
     */
    public String withTimexes(List<Timex> timexes) {
        StringBuilder out = new StringBuilder(xml.length() + timexes.size() * 60);
        int open = xml.indexOf(OPEN) + OPEN.length();
        out.append(xml, 0, open);
        int at = 0;
        int tid = 1;
        for (Timex t : timexes) {
            if (t.start() < at) {
                continue; // never nest or overlap
            }
            escapeText(text.substring(at, t.start()), out);
            out.append("<TIMEX3 tid=\"t").append(tid++).append("\" type=\"").append(t.type())
                    .append("\" value=\"");
            escape(t.value(), out);
            out.append('"');
            if (t.mod() != null) {
                out.append(" mod=\"");
                escape(t.mod(), out);
                out.append('"');
            }
            out.append('>');
            escapeText(text.substring(t.start(), t.end()), out);
            out.append("</TIMEX3>");
            at = t.end();
        }
        escapeText(text.substring(at), out);
        out.append(xml, xml.lastIndexOf(CLOSE), xml.length());
        return out.toString();
    }

    private static LocalDate date(String s) {
        Matcher m = DATE.matcher(s);
        if (!m.lookingAt()) {
            throw new IllegalArgumentException("DCT is not a date: " + s);
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("DCT is not a date: " + s);
        }
    }

    private static List<String[]> attributes(String s) {
        List<String[]> out = new ArrayList<>();
        Matcher m = ATTRIBUTE.matcher(s);
        while (m.find()) {
            out.add(new String[]{m.group(1), m.group(2)});
        }
        return out;
    }

    private static String[] timexAttributes(String tag) {
        String[] typeValueMod = new String[3];
        for (String[] a : attributes(tag)) {
            switch (a[0]) {
                case "type" -> typeValueMod[0] = a[1];
                case "value" -> typeValueMod[1] = a[1];
                case "mod" -> typeValueMod[2] = a[1];
                default -> { }
            }
        }
        return typeValueMod;
    }

    private static TimexType type(String s) {
        try {
            return s == null ? TimexType.DATE : TimexType.valueOf(s.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return TimexType.DATE;
        }
    }

    private static String entity(String name) {
        return switch (name) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            default -> {
                try {
                    int code = name.startsWith("#x") ? Integer.parseInt(name.substring(2), 16)
                            : Integer.parseInt(name.substring(1));
                    if (!name.startsWith("#")) {
                        throw new NumberFormatException();
                    }
                    yield new String(Character.toChars(code));
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException("unknown entity &" + name + ";");
                }
            }
        };
    }

    // Text keeps its characters: only what XML requires is escaped.
    private static void escapeText(String s, StringBuilder out) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                default -> out.append(c);
            }
        }
    }

    private static void escape(String s, StringBuilder out) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
    }
}
