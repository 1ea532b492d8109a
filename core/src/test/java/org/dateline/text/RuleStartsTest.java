package org.dateline.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RuleStartsTest {
    private static final int DONATE = 1;
    private static final int OURS = 2;
    private static final int OPENING = 4;
    private static final int ANYTHING = 8;

    private static final List<String> TEXTS = List.of(
            "Please DONATE today", "a donation", "undonated", "Our readers", "your readers", "Read more: x",
            "more to read: x", "  Read more", "£5 a month", "from £5", "x.donate", "donat", "", "OUR", "Ünited ünion",
            "the İstanbul talks", "ΣΟΦΙΑ our", "\uD83D\uDE00 donate", "K\u212Aour", "don-ate", "ünion now");

    private static RuleStarts starts() {
        return new RuleStarts(List.of(
                new RuleStarts.Kind(DONATE, Set.of("dona", "give", "£"), false),
                new RuleStarts.Kind(OURS, Set.of("our", "ün"), false),
                new RuleStarts.Kind(OPENING, Set.of("read", "more"), true)));
    }

    /** Where a prefix of the kind starts, as a word start of the lower-cased text (anchored: only at 0). */
    private static boolean startsSomewhere(String text, Set<String> prefixes, boolean anchored) {
        String lower = text.toLowerCase(Locale.ROOT);
        boolean afterLetterOrDigit = false;
        for (int i = 0; i < lower.length(); i++) {
            boolean wordStart = !afterLetterOrDigit;
            afterLetterOrDigit = Ascii.isLetterOrDigit(lower.charAt(i));
            if (wordStart && (!anchored || i == 0)) {
                for (String p : prefixes) {
                    if (lower.startsWith(p, i)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    @Test
    void findsAKindExactlyWhereOneOfItsPrefixesStartsAWord() {
        RuleStarts starts = starts();
        for (String text : TEXTS) {
            int found = starts.scan(text, 0, text.length());
            boolean inContext = text.contains("İ") || text.contains("Σ") || text.contains("\uD83D");
            assertThat(found).as(text).isEqualTo(inContext ? DONATE | OURS | OPENING
                    : (startsSomewhere(text, Set.of("dona", "give", "£"), false) ? DONATE : 0)
                    | (startsSomewhere(text, Set.of("our", "ün"), false) ? OURS : 0)
                    | (startsSomewhere(text, Set.of("read", "more"), true) ? OPENING : 0));
        }
    }

    @Test
    void scansOnlyTheGivenPart() {
        RuleStarts starts = starts();
        assertThat(starts.scan("  Read more", 2, 11)).isEqualTo(OPENING);
        assertThat(starts.scan("  Read more", 0, 11)).isZero();
        assertThat(starts.scan("xdonate", 1, 4)).isZero(); // "don" is no prefix
        assertThat(starts.scan("xdonate", 1, 5)).isEqualTo(DONATE); // the part starts a word
        assertThat(starts.scan("xdonate", 0, 7)).isZero();
    }

    @Test
    void aKindThatMayStartWithAnythingIsAlwaysFound() {
        RuleStarts starts = new RuleStarts(List.of(
                new RuleStarts.Kind(DONATE, Set.of("dona"), false), new RuleStarts.Kind(ANYTHING, null, false)));
        assertThat(starts.scan("nothing here", 0, 12)).isEqualTo(ANYTHING);
    }

    @Test
    void aCharacterKindIsFoundWhereverItsCharacterIs() {
        int digit = 16;
        RuleStarts starts = new RuleStarts(List.of(new RuleStarts.Kind(DONATE, Set.of("dona"), false)),
                List.of(new RuleStarts.CharacterKind(digit, "0123456789")));
        assertThat(starts.scan("donate now", 0, 10)).isEqualTo(DONATE);
        assertThat(starts.scan("May 5", 0, 5)).isEqualTo(digit);
        assertThat(starts.scan("x2donate", 0, 8)).isEqualTo(digit); // the digit is a letter of the word
        assertThat(starts.scan("2 donate", 0, 8)).isEqualTo(digit | DONATE);
        assertThat(starts.scan("May 5", 0, 3)).isZero();
        assertThat(starts.scan("\u0130 5", 0, 1)).isEqualTo(DONATE | digit); // in context: every kind
    }

    @Test
    void aLongTextReadInTwoHalvesGivesTheSameAnswers() {
        RuleStarts starts = starts();
        String filler = "x".repeat(RuleStarts.TWO_HALVES_MIN);
        for (String a : TEXTS) {
            for (String b : TEXTS) {
                // Each text on either side of the middle, and one around it.
                for (String text : List.of(filler + " " + a + b, a + b + " " + filler, filler + a + " " + b + filler)) {
                    boolean inContext = text.contains("İ") || text.contains("Σ") || text.contains("\uD83D");
                    assertThat(starts.scan(text, 0, text.length())).as(text).isEqualTo(inContext ? DONATE | OURS | OPENING
                            : (startsSomewhere(text, Set.of("dona", "give", "£"), false) ? DONATE : 0)
                            | (startsSomewhere(text, Set.of("our", "ün"), false) ? OURS : 0)
                            | (startsSomewhere(text, Set.of("read", "more"), true) ? OPENING : 0));
                }
            }
        }
    }

    @Test
    void aPrefixIsFoundWhereverItStandsAgainstTheMiddle() {
        RuleStarts starts = starts();
        int length = 2 * RuleStarts.TWO_HALVES_MIN;
        for (String word : List.of("donate", "our", "x donate", "x.our", "xdonate", "read more")) {
            for (int at = 0; at + word.length() <= length; at++) {
                String text = "x".repeat(at) + word + "x".repeat(length - at - word.length());
                String spaced = " ".repeat(at) + word + " ".repeat(length - at - word.length());
                for (String t : List.of(text, spaced)) {
                    assertThat(starts.scan(t, 0, t.length())).as(t).isEqualTo(
                            (startsSomewhere(t, Set.of("dona", "give", "£"), false) ? DONATE : 0)
                            | (startsSomewhere(t, Set.of("our", "ün"), false) ? OURS : 0)
                            | (startsSomewhere(t, Set.of("read", "more"), true) ? OPENING : 0));
                }
            }
        }
    }
}
