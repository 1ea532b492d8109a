package org.dateline.article;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the bytes of a saved page or text file into characters. The charset comes from, in order:
 * a byte order mark, the page's own declaration ({@code <meta charset>}, {@code http-equiv
 * Content-Type}, an XML declaration), else the bytes themselves (valid UTF-8 is UTF-8, anything
 * else is read as windows-1252, the superset of ISO-8859-1 that Western pages really use).
 *
 * <p>A declaration is checked against the bytes, because saved pages often lie: a page that says
 * UTF-8 but is not valid UTF-8 is read as windows-1252 (or as UTF-8 with the odd bad byte
 * replaced, when only a few are bad), and a page that says ISO-8859-1 but holds valid UTF-8
 * sequences is read as UTF-8. Each such guess is recorded as a problem.
 */
final class PageDecoder {
    /** How far into a page its charset declaration is looked for. */
    static final int DECLARATION_WINDOW = 16 * 1024;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    // Both <meta charset=x> and <meta http-equiv content="text/html; charset=x"> carry "charset=".
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta\\b[^>]{0,512}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]{1,40})",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_ENCODING = Pattern.compile(
            "^\\s*<\\?xml[^>]{0,200}?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]{1,40})");

    /** Characters and how they were decoded. */
    record Decoded(String text, Charset charset, List<String> problems) {
    }

    private PageDecoder() {
    }

    /**
     * Decodes {@code length} bytes. {@code cut} says the bytes were truncated, so that a multi-byte
     * character cut at the very end is not held against UTF-8.
     */
    static Decoded decode(byte[] bytes, int length, boolean cut) {
        List<String> problems = new ArrayList<>();
        // Byte order marks are the one certain sign.
        if (startsWith(bytes, length, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(new String(bytes, 3, length - 3, StandardCharsets.UTF_8),
                    StandardCharsets.UTF_8, problems);
        }
        if (startsWith(bytes, length, 0xFE, 0xFF)) {
            return new Decoded(new String(bytes, 2, length - 2, StandardCharsets.UTF_16BE),
                    StandardCharsets.UTF_16BE, problems);
        }
        if (startsWith(bytes, length, 0xFF, 0xFE)) {
            return new Decoded(new String(bytes, 2, length - 2, StandardCharsets.UTF_16LE),
                    StandardCharsets.UTF_16LE, problems);
        }
        Utf8Check utf8 = Utf8Check.of(bytes, length, cut);
        String declaredName = declaredCharset(bytes, length);
        Charset declared = null;
        if (declaredName != null) {
            declared = lookUp(declaredName);
            if (declared == null) {
                problems.add("unknown charset \"" + declaredName + "\" declared; detected instead");
            }
        }
        Charset chosen;
        if (declared == null) {
            chosen = utf8.isUtf8() ? StandardCharsets.UTF_8 : WINDOWS_1252;
            if (declaredName == null && chosen == WINDOWS_1252) {
                problems.add("charset guessed: windows-1252");
            }
        } else if (declared.equals(StandardCharsets.UTF_8)) {
            if (utf8.isUtf8()) {
                chosen = StandardCharsets.UTF_8;
            } else if (utf8.mostlyUtf8()) {
                chosen = StandardCharsets.UTF_8;
                problems.add(utf8.invalid() + " bytes are not valid UTF-8; replaced");
            } else {
                chosen = WINDOWS_1252;
                problems.add("declared UTF-8 but is not; read as windows-1252");
            }
        } else if (isSingleByteWestern(declared) && utf8.multiByte() > 0 && utf8.isUtf8()) {
            // Valid multi-byte UTF-8 sequences practically never occur by chance in Latin text.
            chosen = StandardCharsets.UTF_8;
            problems.add("declared " + declaredName + " but is UTF-8; read as UTF-8");
        } else {
            // ISO-8859-1 pages use windows-1252's extra characters (curly quotes): read as such.
            chosen = isSingleByteWestern(declared) ? WINDOWS_1252 : declared;
        }
        return new Decoded(new String(bytes, 0, length, chosen), chosen, problems);
    }

    /** The charset name a page declares near its start, or null. */
    static String declaredCharset(byte[] bytes, int length) {
        // The patterns read the bytes in place, as ISO-8859-1 characters: no copy of the page's head.
        Latin1 head = new Latin1(bytes, Math.min(length, DECLARATION_WINDOW));
        Matcher xml = XML_ENCODING.matcher(head);
        if (xml.find()) {
            return xml.group(1);
        }
        // The declaration starts at a "<meta": try the pattern there only, not at every character.
        Matcher meta = META_CHARSET.matcher(head);
        for (int at = head.indexOf('<', 0); at >= 0; at = head.indexOf('<', at + 1)) {
            if (head.startsWithIgnoringAsciiCase(at + 1, "meta")) {
                meta.region(at, head.length());
                if (meta.lookingAt()) {
                    return meta.group(1);
                }
            }
        }
        return null;
    }

    /** Bytes seen as the ISO-8859-1 characters they are, one for one, without a copy. */
    static final class Latin1 implements CharSequence {
        private final byte[] bytes;
        private final int length;

        Latin1(byte[] bytes, int length) {
            this.bytes = bytes;
            this.length = length;
        }

        @Override
        public int length() {
            return length;
        }

        @Override
        public char charAt(int index) {
            if (index >= length) {
                throw new IndexOutOfBoundsException(index);
            }
            return (char) (bytes[index] & 0xFF);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return toString(start, end);
        }

        @Override
        public String toString() {
            return toString(0, length);
        }

        private String toString(int start, int end) {
            if (start < 0 || start > end || end > length) {
                throw new IndexOutOfBoundsException(start + ".." + end);
            }
            return new String(bytes, start, end - start, StandardCharsets.ISO_8859_1);
        }

        /** The first {@code c} at or after {@code from}, or -1. */
        int indexOf(char c, int from) {
            for (int i = Math.max(0, from); i < length; i++) {
                if (bytes[i] == (byte) c) {
                    return i;
                }
            }
            return -1;
        }

        /**
         * Whether {@code lower} (lower-case ASCII letters) is found at {@code at}, ignoring case as
         * {@link String#regionMatches(boolean, int, String, int, int)} does: no other ISO-8859-1
         * character has an ASCII letter for its upper or lower case.
         */
        boolean startsWithIgnoringAsciiCase(int at, String lower) {
            if (at < 0 || at + lower.length() > length) {
                return false;
            }
            for (int k = 0; k < lower.length(); k++) {
                if ((bytes[at + k] | 0x20) != lower.charAt(k)) {
                    return false;
                }
            }
            return true;
        }
    }

    private static Charset lookUp(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.equals("utf8") || n.equals("unicode-1-1-utf-8")) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(n);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    private static boolean isSingleByteWestern(Charset c) {
        return c.equals(StandardCharsets.ISO_8859_1) || c.equals(StandardCharsets.US_ASCII)
                || c.equals(WINDOWS_1252) || c.name().equalsIgnoreCase("ISO-8859-15");
    }

    private static boolean startsWith(byte[] bytes, int length, int... prefix) {
        if (length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Counts of well-formed multi-byte UTF-8 sequences and of bytes that break UTF-8. */
    record Utf8Check(int multiByte, int invalid) {
        /** Eight bytes at once; the byte order does not matter for the test below. */
        private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
        /** The top bit of each of eight bytes: all clear means eight ASCII bytes. */
        private static final long HIGH_BITS = 0x8080808080808080L;

        boolean isUtf8() {
            return invalid == 0;
        }

        /** A few stray bytes in a page that is otherwise UTF-8 (a bad paste, a cut). */
        boolean mostlyUtf8() {
            return multiByte >= 10 * invalid;
        }

        static Utf8Check of(byte[] b, int length, boolean cut) {
            int multi = 0;
            int bad = 0;
            int i = 0;
            while (i < length) {
                // ASCII, the bulk of a page, is passed over eight bytes at a time.
                while (i + Long.BYTES <= length && ((long) LONGS.get(b, i) & HIGH_BITS) == 0) {
                    i += Long.BYTES;
                }
                if (i == length) {
                    break;
                }
                int c = b[i] & 0xFF;
                if (c < 0x80) {
                    i++;
                    continue;
                }
                int need = c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2 : c >= 0xF0 && c <= 0xF4 ? 3 : -1;
                if (need < 0) {
                    bad++;
                    i++;
                    continue;
                }
                if (i + need >= length) {
                    if (!cut) {
                        bad++;
                    }
                    break;
                }
                boolean ok = true;
                for (int k = 1; k <= need; k++) {
                    if ((b[i + k] & 0xC0) != 0x80) {
                        ok = false;
                        break;
                    }
                }
                if (ok) {
                    multi++;
                    i += need + 1;
                } else {
                    bad++;
                    i++;
                }
            }
            return new Utf8Check(multi, bad);
        }
    }
}
