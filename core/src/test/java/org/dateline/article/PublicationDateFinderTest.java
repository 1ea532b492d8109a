package org.dateline.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class PublicationDateFinderTest {
    private static Optional<PublicationDate> html(String html) {
        return PublicationDateFinder.fromHtml(Jsoup.parse(html));
    }

    @Test
    void readsOpenGraphPublishedTime() {
        assertThat(html("<head><meta property='article:published_time' content='2014-03-18T20:41:00+04:00'>"
                + "<meta property='article:modified_time' content='2014-03-20T08:00:00Z'></head>"))
                .contains(new PublicationDate(LocalDate.of(2014, 3, 18), "meta article:published_time"));
    }

    @Test
    void fallsBackOnTheDayInTheCanonicalAddress() {
        assertThat(html("<head><link rel='canonical' href='https://example.org/2022/02/24/world/invasion.html'></head>"
                + "<body><p>Russia invaded.</p></body>")).map(PublicationDate::date).contains(LocalDate.of(2022, 2, 24));
        assertThat(html("<head><meta property='og:url' content='https://example.org/news/2022/13/40/x'></head>"))
                .isEmpty();
        assertThat(html("<head><meta name='date' content='2022-02-25'>"
                + "<link rel='canonical' href='https://example.org/2022/02/24/x'></head>"))
                .map(PublicationDate::date).contains(LocalDate.of(2022, 2, 25));
    }

    @Test
    void readsTheHAtomPublishedMicroformatNotItsUpdatedOne() {
        assertThat(html("<body><h1>Talks</h1><abbr class='updated' title='2022-04-02T09:00:00+03:00'>2 APR</abbr>"
                + "<abbr class='published' title='2022-03-30T14:12:00+03:00'>30 MAR, 14:12</abbr>"
                + "<p>MOSCOW, March 30. The Kremlin said the talks were constructive.</p></body>"))
                .contains(new PublicationDate(LocalDate.of(2022, 3, 30), "class published"));
    }

    @Test
    void keepsThePublishersCalendarDayWhateverTheZone() {
        assertThat(html("<meta property='article:published_time' content='2022-02-23T23:50:00-05:00'>"))
                .map(PublicationDate::date).contains(LocalDate.of(2022, 2, 23));
    }

    @Test
    void anEveningArticleStampedTheNextDayInUtcHasItsBylinesDay() {
        String byline = "<body><h1>Strike on Sevastopol</h1><div class='byline'>September 13, 2023, 8:15pm ET</div>"
                + "<p>Text.</p></body>";
        assertThat(html("<meta property='article:published_time' content='2023-09-14T00:15:00+00:00'>" + byline))
                .map(PublicationDate::date).contains(LocalDate.of(2023, 9, 13));
        // stamped later in the day, or with its own zone: the stamp's day stands
        assertThat(html("<meta property='article:published_time' content='2023-09-14T12:15:00Z'>" + byline))
                .map(PublicationDate::date).contains(LocalDate.of(2023, 9, 14));
        assertThat(html("<meta property='article:published_time' content='2023-09-14T00:15:00+02:00'>" + byline))
                .map(PublicationDate::date).contains(LocalDate.of(2023, 9, 14));
    }

    @Test
    void prefersJsonLdDatePublishedOverALaterDateModified() {
        String page = "<script type='application/ld+json'>{\"@context\":\"https://schema.org\","
                + "\"@graph\":[{\"@type\":\"WebPage\"},{\"@type\":\"NewsArticle\","
                + "\"dateModified\":\"2022-03-01T10:00:00Z\",\"datePublished\":\"2022-02-21T19:05:00Z\"}]}"
                + "</script><time datetime='2022-03-01'>Updated</time>";
        assertThat(html(page)).contains(new PublicationDate(LocalDate.of(2022, 2, 21), "json-ld datePublished"));
    }

    @Test
    void prefersTheArticleObjectOfAJsonLdGraphOverThePagesOwnDate() {
        String page = "<script type='application/ld+json'>{\"@graph\":[{\"@type\":\"WebSite\","
                + "\"datePublished\":\"2020-01-01\"},{\"@type\":[\"NewsArticle\"],"
                + "\"datePublished\":\"2022-03-03T15:42:00Z\"}]}</script>";
        assertThat(html(page)).map(PublicationDate::date).contains(LocalDate.of(2022, 3, 3));
    }

    @Test
    void aBylineGivesThePublishedDateNotTheUpdate() {
        assertThat(html("<h1>Kharkiv shelled</h1><div class='byline'>By A. Writer<br>Updated 5:03 PM EST, "
                + "Fri March 4, 2022<br>Published 3:42 PM EST, Thu March 3, 2022</div>"))
                .map(PublicationDate::date).contains(LocalDate.of(2022, 3, 3));
        assertThat(html("<h1>Kharkiv shelled</h1><p class='meta'>Last updated: 4 March 2022. First published on "
                + "Thu 3 Mar 2022 15.42 GMT</p>")).map(PublicationDate::date).contains(LocalDate.of(2022, 3, 3));
    }

    @Test
    void readsADayFirstDottedDate() {
        assertThat(html("<h1>Kharkiv shelled</h1><span class='date'>03.03.2022 15:42</span>"))
                .map(PublicationDate::date).contains(LocalDate.of(2022, 3, 3));
        // with a space after each stop, as Czech pages write it
        assertThat(PublicationDateFinder.fromText("Prague expels diplomats\n\nTereza Mala\n26. 3. 2018 18:40 "
                + "(updated 26. 3. 2018 21:15)\n\nThe Czech government has ordered three diplomats to leave."))
                .map(PublicationDate::date).contains(LocalDate.of(2018, 3, 26));
        // year first, as Baltic and East Asian pages write it
        assertThat(PublicationDateFinder.fromText("Lublin Triangle launched\n\nLRT.lt, BNS\n2020.07.28 16:05\n\n"
                + "The foreign ministers signed a joint declaration in Lublin on Tuesday."))
                .map(PublicationDate::date).contains(LocalDate.of(2020, 7, 28));
    }

    @Test
    void ignoresDatesInTrackingScripts() {
        String page = "<script>var tracking = {published: '2009-01-01', d: \"2010-05-05\"};</script>"
                + "<h1>Talks in Minsk</h1><p class='byline'>By A. Writer, 5 September 2014</p>";
        assertThat(html(page)).contains(new PublicationDate(LocalDate.of(2014, 9, 5), "byline text"));
    }

    @Test
    void skipsTimeElementsOfRelatedStories() {
        String page = "<aside class='related'><time datetime='2014-07-17'>MH17</time></aside>"
                + "<article><header><time datetime='2014-07-29T12:00'>29 July</time></header></article>";
        assertThat(html(page)).contains(new PublicationDate(LocalDate.of(2014, 7, 29), "time datetime"));
    }

    @Test
    void readsDublinCoreDate() {
        assertThat(html("<meta name='DC.date' content='2015-02-12'>"))
                .contains(new PublicationDate(LocalDate.of(2015, 2, 12), "meta dc.date"));
    }

    @Test
    void readsAWrittenOutBylineWithWeekdayAndTime() {
        String page = "<h1>Crimea</h1><div class='post-meta'>Tuesday, March 18, 2014 · 20:41 GMT</div><p>Text.</p>";
        assertThat(html(page)).map(PublicationDate::date).contains(LocalDate.of(2014, 3, 18));
    }

    @Test
    void readsAWireDatelineTakingTheYearFromTheArticle() {
        String page = "<h1>Ships seized</h1><div><p>KYIV, Nov 26 (EW) — Ukraine's parliament on Monday"
                + " approved martial law after Russia seized three navy vessels in 2018's most serious"
                + " clash since 2014.</p></div>";
        assertThat(html(page)).contains(
                new PublicationDate(LocalDate.of(2018, 11, 26), "dateline text (year from the article)"));
    }

    @Test
    void findsNothingRatherThanGuessing() {
        assertThat(html("<h1>Undated</h1><p>Russia and Ukraine held talks on Tuesday.</p>")).isEmpty();
    }

    @Test
    void readsAPlainTextByline() {
        String text = "Minsk deal signed\n\nBy Jane Doe | 5 September 2014\n\nThe sides agreed on Friday...";
        assertThat(PublicationDateFinder.fromText(text))
                .contains(new PublicationDate(LocalDate.of(2014, 9, 5), "byline text"));
    }

    @Test
    void readsAPlainTextDatelineWithYear() {
        String text = "Headline\n\nMOSCOW, March 4, 2014 - Putin said on Tuesday that...";
        assertThat(PublicationDateFinder.fromText(text)).map(PublicationDate::date)
                .contains(LocalDate.of(2014, 3, 4));
    }

    @Test
    void readsAPlainTextDatelineWithByline() {
        String text = "Bridge opened\nKERCH, 16 May 2018 - By Oksana Writer, Azov Sea Monitor\n\nPutin drove...";
        assertThat(PublicationDateFinder.fromText(text)).map(PublicationDate::date)
                .contains(LocalDate.of(2018, 5, 16));
    }

    @Test
    void aMenuOfALinkALineDoesNotHideTheByline() {
        String text = "Skip to main content\nEastern Europe Monitor\nNews\nUkraine\nRussia\nAnalysis\nOpinion\n"
                + "Podcasts\nSupport us\nSearch\nLog in\n\nUkraine \u203A Donbas\n\nRebels deny Mariupol rocket strike\n\n"
                + "By Olena Marchuk in Mariupol\n26 January 2015 \u00B7 13:05 CET\n\nAt least 30 civilians were killed on Saturday.";
        assertThat(PublicationDateFinder.fromText(text)).map(PublicationDate::date).contains(LocalDate.of(2015, 1, 26));
    }

    @Test
    void aCookieNoticeDoesNotHideTheByline() {
        String text = "VISTULA POST\n\nWe value your privacy\nWe and our 142 partners store and/or access information on "
                + "a device, such as cookies, and process personal data for personalised advertising. You can "
                + "change your preferences or withdraw your consent at any time in the privacy settings.\nACCEPT ALL\n\n"
                + "Poland shuts Russian consulate in Krakow\n\nMarta Zielinska\n12 May 2025, 13:47 CEST\n\n"
                + "Poland ordered the closure on Monday.";
        assertThat(PublicationDateFinder.fromText(text)).map(PublicationDate::date).contains(LocalDate.of(2025, 5, 12));
    }

    @Test
    void ignoresDatesDeepInsidePlainTextBody() {
        String text = "Headline\n\n" + "Long paragraph without a date. ".repeat(20)
                + "\n\nThe treaty of March 18, 2014 was signed in Moscow.";
        assertThat(PublicationDateFinder.fromText(text)).isEmpty();
    }

    @Test
    void everyRuleIsLoaded() {
        assertThat(PublicationDateFinder.rules()).isNotEmpty()
                .extracting(PublicationDateFinder.Rule::kind)
                .contains("meta", "jsonld", "itemprop", "class", "time", "byline");
    }
}
