package org.dateline.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class TokenTest {
    @Test
    void normalFormIsLowerCaseWithPlainApostrophes() {
        assertThat(Token.normalize("Russia")).isEqualTo("russia");
        assertThat(Token.normalize("NATO’s")).isEqualTo("nato's");
        assertThat(Token.normalize("‘Kyiv")).isEqualTo("'kyiv");
        assertThat(Token.normalize("ÉLYSÉE")).isEqualTo("élysée");
        assertThat(Token.normalize("İ")).isEqualTo("İ".toLowerCase(Locale.ROOT));
    }

    @Test
    void aWordAlreadyInNormalFormIsReturnedAsItIs() {
        String word = "sanctions";
        assertThat(Token.normalize(word)).isSameAs(word);
    }
}
