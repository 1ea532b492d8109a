package org.dateline.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CuesTest {
    private static final Cues FUTURE = Cues.of(List.of("plans to", "plans", "'ll", "next !to", "due"));
    private static final Cues PAST = Cues.withEdWords(List.of("said"), List.of("*ceed", "hundred"));
    // What the cues stand for, as a regex: they must find the same.
    private static final Pattern FUTURE_REGEX = Pattern.compile(
            "\\b(?=[a-z'])(?:plans to|plans|'ll|next(?!\\s+to\\b)|due)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern PAST_REGEX = Pattern.compile(
            "\\b(?=[a-z])(?:said|(?!(?:[a-z]*ceed|hundred)\\b)[a-z]{3,}ed)\\b", Pattern.CASE_INSENSITIVE);

    private static List<String> found(Cues cues, String text, int from, int to) {
        Cues.InText in = in(cues, text);
        List<String> out = new ArrayList<>();
        for (int i = in.next(from, from, to); i >= 0; ) {
            int end = in.endAt(i, from, to);
            out.add(text.substring(i, end));
            i = in.next(end, from, to);
        }
        return out;
    }

    private static Cues.InText in(Cues cues, String text) {
        return cues.in(text, text.toCharArray());
    }

    private static List<String> all(Cues cues, String text) {
        return found(cues, text, 0, text.length());
    }

    private static List<String> found(Pattern regex, String text, int from, int to) {
        List<String> out = new ArrayList<>();
        Matcher m = regex.matcher(text).region(from, to);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    @Test
    void theFirstPhraseThatFitsWins() {
        assertThat(all(FUTURE, "He plans to go; she plans more.")).containsExactly("plans to", "plans");
    }

    @Test
    void wholeWordsOnlyAndAsciiCaseOnly() {
        assertThat(all(FUTURE, "Plansto PLANS dues they'll")).containsExactly("PLANS", "'ll");
        assertThat(all(PAST, "Said ſaid")).containsExactly("Said");
    }

    @Test
    void aPhraseCanRuleOutTheWordAfterIt() {
        assertThat(all(FUTURE, "next to it, next  week, next\tto")).containsExactly("next");
    }

    @Test
    void edWordsButTheExceptions() {
        assertThat(all(PAST, "They crossed, succeed, proceed, hundred, red, shed")).containsExactly("crossed");
    }

    @Test
    void theSpanEndsAreTheTextEnds() {
        String text = "unwilling crossedX next to";
        assertThat(found(PAST, text, 2, 17)).containsExactly("crossed").isEqualTo(found(PAST_REGEX, text, 2, 17));
        assertThat(found(FUTURE, text, 19, 23)).containsExactly("next").isEqualTo(found(FUTURE_REGEX, text, 19, 23));
    }

    @Test
    void sameAsTheRegexOnMixedText() {
        String text = "Officials said they'll decide next to nothing; talks are due, plans to vote were "
                + "planned, indeed proceeded. NEXT week it is DUE. Naïved cafe\u0301ed 3plans plans_to";
        for (int from = 0; from < text.length(); from += 3) {
            for (int to = from; to <= text.length(); to += 5) {
                assertThat(found(FUTURE, text, from, to)).isEqualTo(found(FUTURE_REGEX, text, from, to));
                assertThat(found(PAST, text, from, to)).isEqualTo(found(PAST_REGEX, text, from, to));
            }
        }
    }

    @Test
    void aWordMayStartAPhraseOnlyWithAsManyLettersAsItsFirstWord() {
        Cues cues = Cues.of(List.of("won't", "thought", "is due to"));
        String text = "They won the vote; he won't go, though he thought so, and Thought it is due to end.";
        assertThat(all(cues, text)).containsExactly("won't", "thought", "Thought", "is due to");
        assertThat(found(cues, text, 0, text.indexOf("'t"))).isEmpty();
    }

    @Test
    void kindsFoundTogetherAsAlone() {
        String text = "Officials said they'll decide next to nothing; plans to vote were planned, indeed.";
        Cues.InText[] both = Cues.in(text, text.toCharArray(), FUTURE, PAST);
        for (int from = 0; from < text.length(); from++) {
            for (int to = from; to <= text.length(); to += 3) {
                assertThat(both[0].next(from, from, to)).isEqualTo(in(FUTURE, text).next(from, from, to));
                assertThat(both[1].lastStart(from, to, from, to)).isEqualTo(in(PAST, text).lastStart(from, to, from, to));
            }
        }
    }

    @Test
    void theLastCueBeforeAPlaceIsTheLastTheScanFindsBeforeIt() {
        String text = "He said they planned it, and succeeded as it ended; hundreds said so'll Ana"
                + " reported4 or 4reported, ended2x.";
        for (Cues cues : List.of(PAST, FUTURE)) {
            Cues.InText in = in(cues, text);
            for (int from : new int[] {0, 4, 9}) {
                for (int before = from; before <= text.length(); before++) {
                    int last = -1;
                    for (int i = in.next(from, from, text.length()); i >= 0 && i < before;
                         i = in.next(in.endAt(i, from, text.length()), from, text.length())) {
                        last = i;
                    }
                    assertThat(in.lastStart(from, before, from, text.length())).as("from %d before %d", from, before)
                            .isEqualTo(last);
                }
            }
        }
    }

    @Test
    void aPhraseRunsOverTheCuesInsideIt() {
        Cues cues = Cues.of(List.of("is due to", "due"));
        String text = "It is due to end.";
        int due = text.indexOf("due");
        Cues.InText in = in(cues, text);
        assertThat(in.lastStart(0, text.length(), 0, text.length())).isEqualTo(due);
        assertThat(in.overlapped(due, 0, text.length())).isTrue();
        assertThat(in.overlapped(text.indexOf("is"), 0, text.length())).isFalse();
    }

    @Test
    void aTextToldWordByWordIsMarkedAsOneScannedWhole() {
        String text = "They'll say_it was planned; co2ed 4reported naïve-reported, scheduled2 Über ended.\n"
                + "It's due, plans to… wanted_ed ÉtÉ signed";
        Cues.Kinds kinds = new Cues.Kinds(FUTURE, PAST);
        char[] chars = text.toCharArray();
        int n = chars.length;
        Positions[] whole = {new Positions(n), new Positions(n)};
        kinds.markStarts(chars, n, 0, n, whole);
        Positions[] told = {new Positions(n), new Positions(n)};
        for (int at = 0; at < n; ) {
            if (!org.dateline.text.Ascii.isWord(chars[at])) {
                kinds.markOther(chars, n, at++, told);
                continue;
            }
            int letters = at;
            while (letters < n && org.dateline.text.Ascii.isAsciiLetter(chars[letters])) {
                letters++;
            }
            int end = letters;
            while (end < n && org.dateline.text.Ascii.isWord(chars[end])) {
                end++;
            }
            if (letters == end) {
                kinds.markLetters(chars, n, at, end, told);
            } else {
                kinds.markStarts(chars, n, at, end, told);
            }
            at = end;
        }
        for (int k = 0; k < 2; k++) {
            assertThat(positions(told[k], n)).as("kind %d", k).isEqualTo(positions(whole[k], n)).isNotEmpty();
        }
    }

    private static List<Integer> positions(Positions set, int n) {
        List<Integer> out = new ArrayList<>();
        for (int p = set.next(0, n); p >= 0; p = set.next(p + 1, n)) {
            out.add(p);
        }
        return out;
    }
}
