package org.dateline.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Cuts text into words and punctuation. Dotted acronyms ("U.S.") stay one token, possessives
 * ("Russia's") and negations ("didn't") are split off the way rules are written: "Russia" "'s",
 * "did" "n't".
 *
 * <p>A token is, tried in this order at each position (as a regular expression would say it,
 * see TokenizerTest, which checks the scanner against that expression):
 * <pre>
 *   (?:\p{L}\.){2,}                          U.S., U.N.
 *   \p{N}+(?:[.,:]\p{N}+)*(?:[-‐‑][\p{L}\p{N}]+)*   1,000  2.5  20:41  10-year
 *   [\p{L}\p{N}]+(?:[-‐‑][\p{L}\p{N}]+)*     pro-Russian, Ban Ki-moon
 *   ['’]\p{L}+                               's  't
 *   \S                                       any other single character
 * </pre>
 * A hand-written scanner rather than that expression: the tokenizer reads every character of
 * every article, and the expression's alternation tried at each position cost five times more.
 */
public final class Tokenizer {
    // Contractions whose "n't" is split off, leaving the auxiliary: "didn't" -> "did" "n't".
    private static final Set<String> NEGATABLE = Set.of("didn", "doesn", "don", "wasn", "weren", "isn",
            "aren", "hasn", "haven", "hadn", "wouldn", "couldn", "shouldn", "won", "can", "mustn");

    private Tokenizer() {
    }

    /** The tokens of text, offsets into it. */
    public static List<Token> tokenize(String text) {
        return tokenize(text, 0, text.length());
    }

    /** The tokens of text[from, to), offsets into the whole text. */
    public static List<Token> tokenize(String text, int from, int to) {
        return cut(text, from, to, null).tokens(); // no ids: rule sets cut their words while adding to the vocabulary
    }

    /**
     * The tokens of text with the {@link Vocabulary} ids of their normal forms, looked up from
     * the text's characters as the tokens are cut.
     */
    public static TokensWithIds tokenizeWithIds(String text) {
        return cut(text, 0, text.length(), Vocabulary.table());
    }

    private static TokensWithIds cut(String text, int from, int to, WordTable words) {
        List<Token> out = new ArrayList<>((to - from) / 5); // about a token per five characters of prose
        Buffers buffers = BUFFERS.get();
        int[] ids = buffers.ids(Math.max(16, (to - from) / 4));
        char[] chars = buffers.chars(text); // read by index without String's checks, by scanner and table
        Scanner s = new Scanner(chars, to, text.length());
        WordTable.Found found = new WordTable.Found();
        int i = from;
        while (i < to) {
            int end = s.tokenEnd(i);
            if (end < 0) {
                i += Character.charCount(s.codePointAt(i)); // white space
                continue;
            }
            int n = out.size();
            if (n + 2 > ids.length) {
                ids = Arrays.copyOf(ids, ids.length * 2);
            }
            boolean apostropheT = end - i == 2 && "'’".indexOf(chars[i]) >= 0 && chars[i + 1] == 't';
            if (apostropheT && n > 0 && out.get(n - 1).end() == i && NEGATABLE.contains(out.get(n - 1).norm())) {
                Token aux = out.remove(n - 1);
                out.add(token(aux.start(), aux.end() - 1, chars, aux.start(), words, found, ids, n - 1));
                // "DIDN't" gives "n't" too: written with the text's apostrophe, after an "n"
                char[] negation = {'n', chars[i], chars[i + 1]};
                out.add(token(aux.end() - 1, end, negation, 0, words, found, ids, n));
            } else {
                out.add(token(i, end, chars, i, words, found, ids, n));
            }
            i = end;
        }
        buffers.keep(ids);
        return new TokensWithIds(out, Arrays.copyOf(ids, out.size()));
    }

    private static final ThreadLocal<Buffers> BUFFERS = ThreadLocal.withInitial(Buffers::new);

    /**
     * A thread's buffers to cut texts with, reused from text to text: the text's characters and
     * its token ids as they are found. A copy of every text and a spare ids array per text were a
     * tenth of the events stage's garbage. Buffers for texts longer than {@link #KEPT} are not kept.
     */
    private static final class Buffers {
        private static final int KEPT = 1 << 16;
        private final ReusedChars chars = new ReusedChars(0, KEPT);
        private int[] ids = new int[0];

        // The text's characters from index 0; what follows them is left from earlier texts.
        char[] chars(String text) {
            return chars.of(text);
        }

        // An array of at least the length, its content left from earlier texts.
        int[] ids(int length) {
            return length <= ids.length ? ids : new int[length];
        }

        // The ids array a text was cut with, grown or not, for the next text.
        void keep(int[] used) {
            if (used.length <= KEPT && used.length > ids.length) {
                ids = used;
            }
        }
    }

    // The token [start, end) written as source[from, from + end - start) (the text, or the token
    // itself), its id found from those characters going to ids[n]. A word of the vocabulary shares
    // the vocabulary's normal form, and its text too when written so ("the", ","); another word's
    // normal form is its text when written so ("shelling"): only the other strings are built.
    // With no table, no ids are looked up. found is reused from token to token.
    private static Token token(int start, int end, char[] source, int from, WordTable words, WordTable.Found found,
                               int[] ids, int n) {
        int length = end - start;
        int slot = words == null ? WordTable.NOT_SIMPLE : words.find(source, from, from + length, found).slot;
        if (slot >= 0) {
            ids[n] = words.id(slot);
            String norm = words.word(slot);
            String text = found.normal ? norm : new String(source, from, length);
            return new Token(start, end, text, norm);
        }
        String text = new String(source, from, length);
        if (slot == WordTable.ABSENT) {
            ids[n] = Vocabulary.UNKNOWN;
            String norm = found.normal ? text : WordTable.simpleNormalForm(source, from, length, text);
            return new Token(start, end, text, norm);
        }
        String norm = Token.normalize(text);
        ids[n] = words == null ? Vocabulary.UNKNOWN : Vocabulary.id(norm);
        return new Token(start, end, text, norm);
    }

    /** The token rules over text[.., to), by code point; the text's characters end at length. */
    private record Scanner(char[] text, int to, int length) {
        // The code point at k, as String.codePointAt gives it: a surrogate pair may end past to,
        // never past the text (the buffer may hold more characters)
        int codePointAt(int k) {
            char c = text[k];
            return Character.isSurrogate(c) ? Character.codePointAt(text, k, length) : c;
        }

        // Where the token starting at i ends, or -1 when i is white space.
        int tokenEnd(int i) {
            int c = codePointAt(i);
            if (letter(c)) {
                int acronym = acronymEnd(i);
                return acronym >= 0 ? acronym : wordEnd(i);
            }
            if (number(c)) {
                return numberEnd(i);
            }
            if ((c == '\'' || c == '’') && i + 1 < to && letter(codePointAt(i + 1))) {
                return run(i + 1, true, false); // 's  't
            }
            return space(c) ? -1 : i + Character.charCount(c);
        }

        // (?:\p{L}\.){2,}: the end of two or more letter-dot pairs, or -1.
        private int acronymEnd(int i) {
            int pairs = 0;
            int k = i;
            while (k < to && letter(codePointAt(k))) {
                int dot = k + Character.charCount(codePointAt(k));
                if (dot >= to || text[dot] != '.') {
                    break;
                }
                pairs++;
                k = dot + 1;
            }
            return pairs >= 2 ? k : -1;
        }

        // \p{N}+(?:[.,:]\p{N}+)*(?:[-‐‑][\p{L}\p{N}]+)*: "a 10-year agreement" is one word before
        // the noun, as "a decade-long agreement" is
        private int numberEnd(int i) {
            int k = run(i, false, true);
            while (k + 1 < to && ".,:".indexOf(text[k]) >= 0 && number(codePointAt(k + 1))) {
                k = run(k + 1, false, true);
            }
            while (k + 1 < to && hyphen(text[k]) && alphanumeric(codePointAt(k + 1))) {
                k = run(k + 1, true, true);
            }
            return k;
        }

        // [\p{L}\p{N}]+(?:[-‐‑][\p{L}\p{N}]+)*
        private int wordEnd(int i) {
            int k = run(i, true, true);
            while (k + 1 < to && hyphen(text[k]) && alphanumeric(codePointAt(k + 1))) {
                k = run(k + 1, true, true);
            }
            return k;
        }

        // The end of the run of letters and/or numbers from i.
        private int run(int i, boolean letters, boolean numbers) {
            int k = i;
            while (k < to) {
                int c = codePointAt(k);
                if (!(letters && letter(c) || numbers && number(c))) {
                    break;
                }
                k += Character.charCount(c);
            }
            return k;
        }

        // [-‐‑], compared, not looked up in a string: asked at the end of every word
        private static boolean hyphen(char c) {
            return c == '-' || c == '‐' || c == '‑';
        }

        private boolean alphanumeric(int c) {
            return letter(c) || number(c);
        }
    }

    // \p{L}
    private static boolean letter(int c) {
        return c < 128 ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' : Character.isLetter(c);
    }

    // \p{N}: decimal digits, letter numbers (Ⅻ) and other numbers (½, ²)
    private static boolean number(int c) {
        if (c < 128) {
            return c >= '0' && c <= '9';
        }
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    // \s: the regular-expression white space, ASCII only (a no-break space is a token)
    private static boolean space(int c) {
        return c < 0x80 && Ascii.isRegexSpace((char) c);
    }
}
