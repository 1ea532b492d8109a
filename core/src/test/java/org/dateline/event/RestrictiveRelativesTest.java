package org.dateline.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dateline.text.Token;
import org.dateline.text.Tokenizer;
import org.junit.jupiter.api.Test;

class RestrictiveRelativesTest {
    private static List<String> spans(String text) {
        List<Token> tokens = Tokenizer.tokenize(text);
        return RestrictiveRelatives.in(tokens, 0, tokens.size()).stream()
                .map(s -> text.substring(tokens.get(s[0]).start(), tokens.get(s[1] - 1).end())).toList();
    }

    @Test
    void aRelativeClauseOpensWithItsVerb() {
        assertThat(spans("Rebels pressed on in breach of the ceasefire that was to have held since Sunday."))
                .containsExactly("that was to have held since Sunday");
        assertThat(spans("Nato would not deploy troops in countries that joined after May 1997, the drafts say."))
                .containsExactly("that joined after May 1997");
    }

    @Test
    void aPlaceHasItsRelativeClause() {
        assertThat(spans("Kishida went to Bucha, a town northwest of the capital where bodies were found last spring."))
                .containsExactly("where bodies were found last spring");
        assertThat(spans("Reporters asked where the convoy was on Monday.")).isEmpty();
    }

    @Test
    void aReportedClauseIsNone() {
        assertThat(spans("Biden warned that Moscow would pay a price.")).isEmpty();
        assertThat(spans("Kyiv said that was a lie.")).isEmpty();
        assertThat(spans("The ministry insisted on Monday that talks had failed.")).containsExactly();
    }
}
