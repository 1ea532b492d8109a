package org.dateline.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TokenizerTest {
    // The token rules as the expression the scanner implements (see Tokenizer's Javadoc).
    private static final Pattern TOKEN = Pattern.compile(
            "(?:\\p{L}\\.){2,}"
            + "|\\p{N}+(?:[.,:]\\p{N}+)*(?:[-‐‑][\\p{L}\\p{N}]+)*"
            + "|[\\p{L}\\p{N}]+(?:[-‐‑][\\p{L}\\p{N}]+)*"
            + "|['’]\\p{L}+"
            + "|\\S");

    // Characters the rules tell apart: ASCII, marks of each rule, letters and numbers of other
    // scripts, spaces the expression does (\t) and does not (no-break) count as white space.
    private static final String ALPHABET = "aZ9 .,:-‐‑'’\t\n\r\u000B\f\u00A0\u2009éЖ½Ⅻ٣²\"()$…—"
            + new String(Character.toChars(0x1D400)) + new String(Character.toChars(0x1D7CE));

    private static List<String> byExpression(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            out.add(m.start() + ":" + m.group());
        }
        return out;
    }

    private static List<String> byScanner(String text) {
        List<String> out = new ArrayList<>();
        for (Token t : Tokenizer.tokenize(text)) {
            // a split-off "n't" was one token "'t" for the expression; join them back to compare
            if (t.text().startsWith("n") && t.text().length() == 3 && "'’".indexOf(t.text().charAt(1)) >= 0
                    && t.text().charAt(2) == 't' && !out.isEmpty()) {
                String last = out.remove(out.size() - 1);
                out.add(last + "n");
                out.add(t.start() + 1 + ":" + t.text().substring(1));
                continue;
            }
            out.add(t.start() + ":" + t.text());
        }
        return out;
    }

    @Test
    void scannerCutsAsTheExpressionOnRandomText() {
        Random random = new Random(42);
        List<Integer> points = ALPHABET.codePoints().boxed().toList();
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(12); k > 0; k--) {
                text.appendCodePoint(points.get(random.nextInt(points.size())));
            }
            assertThat(byScanner(text.toString())).as("'%s'", text).isEqualTo(byExpression(text.toString()));
        }
    }

    @Test
    void acronymsNumbersHyphensAndContractions() {
        assertThat(Tokenizer.tokenize("U.S.-led 20th 2022-02-24 1,000.5 Ki-moon didn't Russia’s U.S 10-year")
                .stream().map(Token::text).toList())
                .containsExactly("U.S.", "-", "led", "20", "th", "2022-02-24", "1,000.5", "Ki-moon",
                        "did", "n't", "Russia", "’s", "U", ".", "S", "10-year");
    }

    @Test
    void aTextCutAfterALongerOneReadsNoneOfItsCharacters() {
        String pair = new String(Character.toChars(0x1D400)); // a letter written as two chars
        Tokenizer.tokenizeWithIds("Kyiv " + pair + " and more words after it");
        String cut = "Kyiv " + pair.charAt(0); // the high surrogate alone: the buffer holds its low one next
        assertThat(Tokenizer.tokenizeWithIds(cut).tokens()).isEqualTo(Tokenizer.tokenize(cut));
        assertThat(Tokenizer.tokenizeWithIds(cut).tokens()).extracting(Token::text).containsExactly("Kyiv", pair.substring(0, 1));
        assertThat(Tokenizer.tokenizeWithIds("Kyiv said").ids()).hasSize(2);
    }
}
