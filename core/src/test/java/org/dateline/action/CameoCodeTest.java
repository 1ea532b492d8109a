package org.dateline.action;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CameoCodeTest {
    @Test
    void theRootIsTheFirstTwoCharacters() {
        assertThat(new CameoCode("054", "grant diplomatic recognition", 1, 3.5).root()).isEqualTo("05");
        assertThat(new CameoCode("1831", "carry out suicide bombing", 4, -10).root()).isEqualTo("18");
        assertThat(new CameoCode("X01", "issue passports", 1, 0).root()).isEqualTo("X0");
    }

    @Test
    void aDigitRootIsMadeOnce() {
        assertThat(new CameoCode("163", "", 3, -8).root()).isSameAs(new CameoCode("160", "", 3, -4).root());
    }
}
