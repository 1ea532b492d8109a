package org.dateline.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts text into words and punctuation. Dotted acronyms ("U.S.") stay one token, possessives
 * ("Russia's") and negations ("didn't") are split off the way rules are written: "Russia" "'s",
 * "did" "n't".
 */
public final class Tokenizer {
    private static final Pattern TOKEN = Pattern.compile(
            "(?:\\p{L}\\.){2,}"                                   // U.S., U.N.
            + "|\\p{N}+(?:[.,:]\\p{N}+)*"                          // 1,000  2.5  20:41
            + "|[\\p{L}\\p{N}]+(?:[-‐‑][\\p{L}\\p{N}]+)*"          // pro-Russian, Ban Ki-moon
            + "|['’]\\p{L}+"                                       // 's  't
            + "|\\S");
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
        List<Token> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text).region(from, to);
        while (m.find()) {
            String t = m.group();
            int n = out.size();
            if ((t.equals("'t") || t.equals("’t")) && n > 0 && out.get(n - 1).end() == m.start()
                    && NEGATABLE.contains(Token.normalize(out.get(n - 1).text()))) {
                Token aux = out.remove(n - 1);
                String word = aux.text();
                out.add(new Token(aux.start(), aux.end() - 1, word.substring(0, word.length() - 1)));
                out.add(new Token(aux.end() - 1, m.end(), "n" + t));
                continue;
            }
            out.add(new Token(m.start(), m.end(), t));
        }
        return out;
    }
}
