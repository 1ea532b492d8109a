package org.dateline.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PersonTest {
    private final Person person = new Person("Petro Poroshenko",
            List.of(new OfficeTerm("UKR", "GOV", LocalDate.parse("2014-06-07"), LocalDate.parse("2019-05-20"))),
            "UKR", "ELI");

    @Test
    void aDayInATermGivesThatTermsActorEveryTime() {
        Actor inOffice = person.on(LocalDate.parse("2015-02-12"));
        assertThat(inOffice).isEqualTo(new Actor("Petro Poroshenko", "UKR", "GOV"));
        assertThat(person.on(LocalDate.parse("2016-01-01"))).isSameAs(inOffice);
        assertThat(person.on(null)).isSameAs(inOffice); // no day: the latest term
    }

    @Test
    void aDayOutOfOfficeGivesTheOtherRole() {
        assertThat(person.on(LocalDate.parse("2020-01-01"))).isEqualTo(new Actor("Petro Poroshenko", "UKR", "ELI"));
    }
}
