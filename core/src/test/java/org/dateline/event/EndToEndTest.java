package org.dateline.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dateline.ArticleEvents;
import org.dateline.Dateline;
import org.junit.jupiter.api.Test;

/** Whole articles through Dateline.extractText: loading, sentences, dates, actors, actions, events. */
class EndToEndTest {
    private static List<String> events(String article, LocalDate published) {
        ArticleEvents result = Dateline.extractText(article, published);
        return result.events().stream()
                .map(e -> e.date() + " " + e.dateSource().json() + " " + e.action().code() + " "
                        + (e.source() == null ? "-" : e.source().entity()) + ">"
                        + (e.target() == null ? "-" : e.target().entity()) + " " + e.modality().json())
                .toList();
    }

    @Test
    void recognitionArticle() {
        String article = """
                Russia recognises breakaway regions

                By Jane Doe | 22 February 2022

                MOSCOW - Vladimir Putin on Monday recognised the independence of the Donetsk and Luhansk people's republics.

                The European Union and Britain imposed sanctions on Russian banks on Tuesday. Sanctions were also imposed on Moscow by Japan. Officials said Berlin would not recognise the vote.

                Russia and Ukraine are due to meet in Geneva. Biden warned Russia not to invade Ukraine.

                Sign up for our morning briefing.
                """;
        assertThat(events(article, null)).containsExactly(
                "2022-02-21 relative 054 RUS>UKR asserted",
                "2022-02-22 relative 163 EU>RUS asserted",
                "2022-02-22 relative 163 GBR>RUS asserted",
                "2022-02-22 context 163 JPN>RUS asserted",
                "2022-02-22 context 054 DEU>- negated",
                "2022-02-22 published 040 RUS>UKR planned",
                "2022-02-22 published 040 UKR>RUS planned",
                "2022-02-22 published 130 USA>RUS asserted",
                "2022-02-22 published 190 RUS>UKR negated");
    }

    @Test
    void whatIsSaidNowIsNotDatedByWhatHasGoneOnSince() {
        String article = """
                EU prolongs sanctions

                17 December 2020

                The EU welcomes the strengthened ceasefire in force since 27 July 2020, and condemns the issuing of Russian passports in Donbas.

                Russia has blockaded the port since March.
                """;
        assertThat(events(article, null)).containsExactly(
                "2020-12-17 published 051 EU>- asserted",
                "2020-12-17 published 111 EU>RUS asserted",
                "2020-03 relative 191 RUS>UKR asserted");
    }

    @Test
    void aDeedToldOfIsDatedFromWithinWhatIsTold() {
        String article = "Rebels fire on airport\n\nLysenko said Monday that rebels had fired on Ukrainian positions"
                + " near the airport on Sunday.\n\nRyabkov told reporters on Friday that Moscow was ready to"
                + " start talks with Washington on Saturday.\n";
        assertThat(events(article, LocalDate.of(2014, 11, 4))).contains(
                "2014-11-02 relative 190 UKR>UKR asserted", "2014-10-31 relative 036 RUS>USA asserted");
    }

    @Test
    void aDateOpeningTheSentenceDatesWhatALaterDateOfAnotherActionDoesNot() {
        String article = "G7 shuns Sochi\n\nOn Monday, the leaders of the Group of Seven, meeting on the sidelines of a"
                + " nuclear security summit in The Hague, suspended their participation in the G8 and scrapped plans"
                + " to attend the summit Russia was to host in Sochi in June.\n";
        assertThat(events(article, LocalDate.of(2014, 3, 27))).contains("2014-03-24 relative 160 G7>RUS asserted");
    }

    @Test
    void reportedSpeechNegationAndHypotheticals() {
        String article = """
                Fighting in the east

                Kyiv said on Sunday that Russian troops had shelled Mariupol. Moscow denied that its forces had attacked the city.

                Russia did not sign the agreement. Putin threatened to impose sanctions on Kyiv. If Russia invades, the US will impose sanctions.

                Macron urged Putin to recognize the Minsk agreements. Lavrov said the talks were useful.
                """;
        List<String> events = events(article, LocalDate.of(2014, 9, 1));
        assertThat(events).contains("2014-08-31 relative 194 RUS>UKR asserted",
                "2014-08-31 context 016 RUS>- asserted",
                "2014-09-01 published 1312 RUS>UKR asserted",
                "2014-09-01 published 020 FRA>RUS asserted",
                "2014-09-01 published 010 RUS>- asserted");
        assertThat(events).noneMatch(e -> e.contains(" 057 ") && e.endsWith("asserted"));
        assertThat(events).noneMatch(e -> e.contains(" 190 ") && e.endsWith("asserted"));
        assertThat(events).noneMatch(e -> e.contains(" 054 ") && e.endsWith("asserted"));
        assertThat(events).noneMatch(e -> e.contains(" 163 ") && e.endsWith("asserted"));
    }

    @Test
    void officeHoldersAndPlaces() {
        String article = """
                Poroshenko in Brussels

                Petro Poroshenko met Jean-Claude Juncker in Brussels on 12 March 2015. Russian forces shelled Debaltseve on the same day.
                """;
        assertThat(Dateline.extractText(article, LocalDate.of(2015, 3, 13)).events())
                .extracting(e -> e.source().name() + " " + e.source().role() + " " + e.date())
                .containsExactly("Petro Poroshenko GOV 2015-03-12", "Russia MIL 2015-03-12");
    }

    @Test
    void noEventFromAnUndatedArticleIsDatedToday() {
        String article = "Talks\n\nRussia annexed Crimea.";
        assertThat(Dateline.extractText(article).events()).singleElement()
                .satisfies(e -> {
                    assertThat(e.date()).isNull();
                    assertThat(e.dateSource()).isEqualTo(DateSource.PUBLISHED);
                });
    }
}
