package org.dateline.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dateline.text.RuleFile;
import org.junit.jupiter.api.Test;

class GazetteerTest {
    private static final Gazetteer GAZETTEER = new Gazetteer();

    private static List<String> codes(String text, LocalDate when) {
        return GAZETTEER.find(text, when).stream()
                .map(m -> m.text() + "=" + m.actor().entity() + "/" + m.actor().role()).toList();
    }

    @Test
    void bundledFilesHaveNoBadLines() {
        assertThat(GAZETTEER.problems()).isEmpty();
    }

    @Test
    void aSurnameAfterSomeoneElsesFirstNameIsNotTheListedPerson() {
        LocalDate day = LocalDate.of(2025, 6, 1);
        assertThat(codes("White House spokesman Jay Carney spoke.", day)).containsExactly("White House=USA/GOV");
        assertThat(codes("Prime Minister Carney spoke.", day)).containsExactly("Carney=CAN/GOV");
        assertThat(codes("On Monday Mark Carney spoke.", day)).containsExactly("Mark Carney=CAN/GOV");
        assertThat(codes("Sergey Lavrov and Sergeyy Lavrov spoke.", day))
                .containsExactly("Sergey Lavrov=RUS/GOV", "Sergeyy Lavrov=RUS/GOV"); // a spelling of his first name
        assertThat(codes("Pavel Klimkin spoke.", LocalDate.of(2018, 2, 16)))
                .containsExactly("Pavel Klimkin=UKR/GOV"); // the name is the whole of it, first name too
    }

    @Test
    void statesCapitalsAndDemonyms() {
        assertThat(codes("Russian forces shelled Mariupol as Moscow and Kyiv traded blame.", null))
                .containsExactly("Russian forces=RUS/MIL", "Mariupol=UKR/", "Moscow=RUS/GOV", "Kyiv=UKR/GOV");
        assertThat(codes("Ukraine's foreign ministry and US lawmakers met the Ukrainian troops.", null))
                .containsExactly("Ukraine's foreign ministry=UKR/GOV", "US lawmakers=USA/LEG",
                        "Ukrainian troops=UKR/MIL");
        assertThat(codes("The Ministry of Foreign Affairs of Ukraine and the government of Russia met.", null))
                .containsExactly("Ministry of Foreign Affairs of Ukraine=UKR/GOV", "government of Russia=RUS/GOV");
        assertThat(codes("A US assistant secretary of state met the British defence secretary.", null))
                .containsExactly("US assistant secretary of state=USA/GOV", "British defence secretary=GBR/MIL");
    }

    @Test
    void aSpeakerLabelledWithTheirStateSpeaksForIt() {
        // as UN meeting records write speakers: a name not listed, with the state in brackets
        List<ActorMention> found = GAZETTEER.find("YURIY SERGEYEV (Ukraine) accused the Russian Federation.", null);
        assertThat(found).extracting(ActorMention::text).containsExactly("YURIY SERGEYEV (Ukraine)", "Russian Federation");
        assertThat(found.get(0).actor()).isEqualTo(new Actor("Yuriy Sergeyev", "UKR", "GOV"));
        assertThat(GAZETTEER.isPerson(found.get(0).actor())).isTrue();
        // a listed person keeps their own name; a place or a body in brackets is no label
        assertThat(codes("SAMANTHA POWER (United States) said it was ironic.", LocalDate.of(2015, 2, 17)))
                .containsExactly("SAMANTHA POWER (United States)=USA/GOV");
        assertThat(codes("Shelling hit Avdiivka (Ukraine) and Kharkiv (Ukraine).", null))
                .containsExactly("Avdiivka=UKR/", "Ukraine=UKR/", "Kharkiv=UKR/", "Ukraine=UKR/");
    }

    @Test
    void capitalisationMatters() {
        assertThat(codes("Let us go to the US.", null)).containsExactly("US=USA/");
        assertThat(codes("In May, Theresa May met Mrs May.", LocalDate.of(2018, 5, 1)))
                .containsExactly("Theresa May=GBR/GOV", "Mrs May=GBR/GOV");
    }

    @Test
    void longestNameWins() {
        assertThat(codes("Russia's State Duma backed the Donetsk People's Republic and pro-Russian separatists.", null))
                .containsExactly("Russia=RUS/", "State Duma=RUS/LEG", "Donetsk People's Republic=UKR/REB",
                        "pro-Russian separatists=UKR/REB");
        assertThat(codes("The UN nuclear watchdog and the Kremlin", null))
                .containsExactly("UN nuclear watchdog=IAEA/IGO", "Kremlin=RUS/GOV");
    }

    @Test
    void officeHoldersRespectDates() {
        assertThat(codes("Poroshenko", LocalDate.of(2015, 3, 1))).containsExactly("Poroshenko=UKR/GOV");
        assertThat(codes("Poroshenko", LocalDate.of(2022, 3, 1))).containsExactly("Poroshenko=UKR/OPP");
        assertThat(codes("Biden", LocalDate.of(2022, 3, 1))).containsExactly("Biden=USA/GOV");
        assertThat(codes("Biden", LocalDate.of(2019, 3, 1))).containsExactly("Biden=USA/ELI");
        assertThat(codes("Tusk", LocalDate.of(2016, 3, 1))).containsExactly("Tusk=EU/IGO");
        assertThat(codes("Stoltenberg", LocalDate.of(2015, 3, 1))).containsExactly("Stoltenberg=NATO/IGO");
        assertThat(codes("Aksyonov", LocalDate.of(2014, 3, 1))).containsExactly("Aksyonov=UKR/REB");
        assertThat(codes("Aksyonov", LocalDate.of(2015, 3, 1))).containsExactly("Aksyonov=RUS/GOV");
    }

    @Test
    void aNameTwoPeopleShareIsTheOneInOffice() {
        assertThat(codes("Johnson", LocalDate.of(2021, 3, 1))).containsExactly("Johnson=GBR/GOV");
        assertThat(codes("Johnson", LocalDate.of(2024, 4, 20))).containsExactly("Johnson=USA/LEG");
        // in office neither: the first listed
        assertThat(codes("Johnson", LocalDate.of(2015, 3, 1))).containsExactly("Johnson=GBR/ELI");
        // with no day: the one whose last term began latest
        assertThat(codes("Johnson", null)).containsExactly("Johnson=USA/LEG");
    }

    @Test
    void listedNonActorsHideTheNamesInside() {
        assertThat(codes("Moscow broke the Minsk agreements, the Washington Post said.", null))
                .containsExactly("Moscow=RUS/GOV");
    }

    @Test
    void placesAreMarked() {
        List<ActorMention> found = GAZETTEER.find("Russia shelled Kharkiv", null);
        assertThat(GAZETTEER.isPlace(found.get(0))).isFalse();
        assertThat(GAZETTEER.isPlace(found.get(1))).isTrue();
        // an actor equal to the gazetteer's own, made elsewhere, is the same kind
        Actor kharkiv = found.get(1).actor();
        Actor copy = new Actor(kharkiv.name(), kharkiv.entity(), kharkiv.role());
        assertThat(GAZETTEER.isPlace(new ActorMention(0, 7, "Kharkiv", copy))).isTrue();
    }

    @Test
    void peopleAreKnownByTheirActorsOnAnyDay() {
        Actor putin = GAZETTEER.find("Vladimir Putin said", null).get(0).actor();
        assertThat(GAZETTEER.isPerson(putin)).isTrue();
        assertThat(GAZETTEER.isPerson(new Actor(putin.name(), putin.entity(), putin.role()))).isTrue();
        assertThat(GAZETTEER.isPerson(GAZETTEER.find("Russia said", null).get(0).actor())).isFalse();
        assertThat(GAZETTEER.isPerson(null)).isFalse();
    }

    @Test
    void badLinesAreReportedWithFileLineAndReason() {
        List<RuleFile.Line> people = RuleFile.read("people.txt", new StringReader(
                "# header\nJoe Biden | Biden | USA GOV 2021-01-20..2025-13-40 | USA ELI\n"));
        List<RuleFile.Line> states = RuleFile.read("states.txt", new StringReader("Russia | RUS\n"));
        Gazetteer g = new Gazetteer(Map.of("people.txt", people, "states.txt", states));
        assertThat(g.problems()).containsExactly(
                "states.txt:1: expected 'ISO3 | names | capitals | adjectives'",
                "people.txt:2: bad term 'USA GOV 2021-01-20..2025-13-40': expected 'ENTITY ROLE 2014-06-07..2019-05-20'");
    }
}
