package org.dateline.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

class RuleIndexTest {
    private static final List<Rule> RULES = TemporalTagger.standard().rules();

    private static List<String> ids(int[] indexes) {
        List<String> ids = new ArrayList<>();
        for (int i : indexes) {
            ids.add(RULES.get(i).id());
        }
        return ids;
    }

    private static int index(String id) {
        for (int i = 0; i < RULES.size(); i++) {
            if (RULES.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new IllegalArgumentException(id);
    }

    @Test
    void aWordThatBeginsNoRuleHasNone() {
        RuleIndex index = new RuleIndex(RULES);
        assertThat(index.startingAt("Ukraine said".toCharArray(), 0)).isEmpty();
    }

    @Test
    void theRulesThatMayMatchAreInOrderAndTheSameWhenAskedAgain() {
        RuleIndex index = new RuleIndex(RULES);
        char[] text = "They met on Monday morning.".toCharArray();
        int[] first = index.startingAt(text, 12);
        assertThat(ids(first)).contains("rel.weekday");
        assertThat(first).isSorted();
        assertThat(index.startingAt(text, 12)).isEqualTo(first);
    }

    @Test
    void everyRuleThatMatchesAtAWordStartIsAmongThoseGiven() {
        RuleIndex index = new RuleIndex(RULES);
        String text = "On Tuesday, Feb. 24, 2022, the Kyiv Daily said 3 weeks ago that Russia’s army "
                + "would leave by March; €500m a year since 2014 – and 12:30 p.m. the next day.";
        char[] chars = text.toCharArray();
        for (int at = 0; at < chars.length; at++) {
            if (at > 0 && Character.isLetterOrDigit(chars[at - 1])) {
                continue;
            }
            int[] given = index.startingAt(chars, at);
            for (int i = 0; i < RULES.size(); i++) {
                Matcher m = RULES.get(i).pattern().matcher(text).region(at, text.length())
                        .useTransparentBounds(true).useAnchoringBounds(false);
                if (m.lookingAt()) {
                    assertThat(Arrays.stream(given).boxed().toList())
                            .as("rule %s at %d", RULES.get(i).id(), at).contains(i);
                }
            }
        }
    }

    @Test
    void aStateWithManyNextStatesAnswersAsOneWithFew() {
        // After "the ", every letter leads on: the state's next states outgrow the short list.
        List<String> texts = new ArrayList<>();
        for (char c = 'a'; c <= 'z'; c++) {
            texts.add("the " + c + "th day");
        }
        RuleIndex grown = new RuleIndex(RULES);
        for (String text : texts) {
            grown.startingAt(text.toCharArray(), 0);
        }
        for (String text : texts) {
            assertThat(grown.startingAt(text.toCharArray(), 0)).as(text)
                    .isEqualTo(new RuleIndex(RULES).startingAt(text.toCharArray(), 0));
        }
    }

    @Test
    void aCharacterBeyondAsciiEndsTheWalkWithTheRulesLeftSoFar() {
        RuleIndex index = new RuleIndex(RULES);
        int[] given = index.startingAt("Russia’s army".toCharArray(), 0);
        assertThat(given).contains(index("neg.daily-name")); // more than may match, never fewer
    }

    @Test
    void threadsThatWorkOutStatesTogetherGetTheSameAnswers() throws Exception {
        String text = "On Tuesday, Feb. 24, 2022, the Kyiv Daily said 3 weeks ago that troops would leave "
                + "by March; since 2014 the next day, last year, 12:30 p.m., two decades, Wednesday night.";
        char[] chars = text.toCharArray();
        RuleIndex alone = new RuleIndex(RULES);
        List<int[]> expected = new ArrayList<>();
        for (int at = 0; at < chars.length; at++) {
            expected.add(alone.startingAt(chars, at));
        }
        RuleIndex shared = new RuleIndex(RULES);
        List<Thread> threads = new ArrayList<>();
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int t = 0; t < 4; t++) {
            Thread thread = new Thread(() -> {
                try {
                    for (int round = 0; round < 20; round++) {
                        for (int at = 0; at < chars.length; at++) {
                            assertThat(shared.startingAt(chars, at)).isEqualTo(expected.get(at));
                        }
                    }
                } catch (Throwable e) {
                    failures.add(e);
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(failures).isEmpty();
    }
}
