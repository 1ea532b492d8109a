package org.dateline.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class AlternativesByPrefixTest {
    private static final String TEXT = "a donation, or a gift: chip in £5 now! é-mail; Ünited 'c' b";

    /** Wherever the whole alternation matches, the index gives a pattern that matches too. */
    private static void answersAsTheWholeAlternation(List<String> rules) {
        AlternativesByPrefix index = new AlternativesByPrefix(rules, "", "");
        Pattern all = Pattern.compile("(?:" + String.join("|", rules) + ")");
        for (int i = 0; i < TEXT.length(); i++) {
            boolean expected = all.matcher(TEXT).region(i, TEXT.length()).lookingAt();
            int at = index.indexAt(TEXT, i);
            boolean found = at != AlternativesByPrefix.NONE
                    && index.pattern(at).matcher(TEXT).region(i, TEXT.length()).lookingAt();
            assertThat(found).as("%s at %d", rules, i).isEqualTo(expected);
        }
    }

    @Test
    void turnsDownOnlyStartsNoRuleCanHave() {
        answersAsTheWholeAlternation(List.of("donat(?:e|ion)", "gift", "chip in", "£\\d", "c", "é-m", "Ün"));
        answersAsTheWholeAlternation(List.of("b", "a g", "now!"));
    }

    @Test
    void rulesThatMayStartAnywhereAreTriedEverywhere() {
        answersAsTheWholeAlternation(List.of("\\w+ in", "gift"));
    }
}
