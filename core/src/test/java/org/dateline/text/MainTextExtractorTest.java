package org.dateline.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class MainTextExtractorTest {
    private static final String P1 = "Russia recognised the independence of the Donetsk and Luhansk people's "
            + "republics on Monday, a move Western governments condemned as a breach of international law.";
    private static final String P2 = "President Vladimir Putin signed the decrees in the Kremlin, hours after a "
            + "televised meeting of his Security Council at which officials spoke in favour, one after another.";
    private static final String P3 = "The European Union said it would respond with sanctions, and NATO's "
            + "secretary general, Jens Stoltenberg, called the decision a further violation of Ukraine's sovereignty.";

    private final MainTextExtractor extractor = MainTextExtractor.standard();

    private List<String> paragraphs(String body) {
        return extractor.paragraphs(Jsoup.parse("<html><head><title>t</title></head><body>" + body + "</body></html>"));
    }

    private static String article(String inside) {
        return "<article><h1>Russia recognises breakaway regions</h1><p class=byline>By A. Writer</p>"
                + "<p>" + P1 + "</p><p>" + P2 + "</p>" + inside + "<p>" + P3 + "</p></article>";
    }

    @Test
    void anAppShellWithoutArticleTextTakesTheBodyItsJsonLdStates() {
        String json = "{\"@type\":\"NewsArticle\",\"articleBody\":\"" + P1 + "\\n\\n" + P2 + "\\n" + P3 + "\"}";
        String shell = "<script type=application/ld+json>" + json + "</script><noscript></noscript><div id=root></div>";
        assertThat(paragraphs(shell)).containsExactly(P1, P2, P3);
        // with text of its own, the page's markup decides
        assertThat(paragraphs(shell + article(""))).containsExactly(P1, P2, P3);
        String html = "{\"articleBody\":\"<p>" + P1 + "</p><p>" + P2 + " " + P3 + "</p>\"}";
        assertThat(paragraphs("<script type=application/ld+json>" + html + "</script>")).containsExactly(P1, P2 + " " + P3);
    }

    @Test
    void textHiddenBehindAPaywallIsTheArticlesAndItsPromptIsNot() {
        String page = "<article><p>" + P1 + "</p><div class=paywall-gate><p>Get unlimited access to The Capital"
                + " Ledger for $4 every four weeks. Cancel anytime.</p><p>Already a subscriber? Sign in</p></div>"
                + "<div class=paywall style='display:none'><p>" + P2 + "</p><p>" + P3 + "</p></div></article>"
                + "<div style='display:none'><p>A hidden menu: Russia shells Kherson after its retreat, and more"
                + " stories from our desks.</p></div>";
        assertThat(paragraphs(page)).containsExactly(P1, P2, P3);
    }

    @Test
    void textLockedByAPaywallDataAttributeIsTheArticlesAndTheOfferBesideItIsNot() {
        String page = "<article><p>" + P1 + "</p><div class=article-body__locked data-paywall=true aria-hidden=true><p>"
                + P2 + "</p><p>" + P3 + "</p></div><div class=barrier><div class=barrier__inner><h2>Subscribe to read"
                + "</h2><p>Only $1 for 4 weeks, then $69 per month for complete digital access.</p></div></div></article>";
        assertThat(paragraphs(page)).containsExactly(P1, P2, P3);
    }

    @Test
    void aPrinterFriendlyPageKeepsItsOwnPartsAndDropsWhatPrintingHides() {
        String page = "<div class=print-text><p class=print-lead>" + P1 + "</p><p>" + P2 + "</p>"
                + "<div class=d-print-none><p>Explore further: Russia shells Kherson after its retreat, and more"
                + " stories from our science and politics desks.</p></div><p>" + P3 + "</p></div>"
                + "<a class=print-link href=#>Print this page</a>";
        assertThat(paragraphs(page)).containsExactly(P1, P2, P3);
    }

    @Test
    void keepsTheArticleAndDropsNavigation() {
        String nav = "<nav><ul><li><a href=/w>World</a></li><li><a href=/p>Politics</a></li>"
                + "<li><a href=/b>Business</a></li></ul></nav>";
        assertThat(paragraphs(nav + article("") + "<footer><p>© 2022 Example News. Contact us at the "
                + "address below for any complaints about our coverage of the world.</p></footer>"))
                .containsExactly(P1, P2, P3);
    }

    @Test
    void unlabelledLinkBoxesThatOutweighAShortArticleDoNotCutItToOneParagraph() {
        // no class names: only the prose/link balance tells the article from its link boxes
        String links = "<ul><li><a href=/a>Russia shells Kherson after its retreat</a></li>"
                + "<li><a href=/b>Zelensky visits the Bakhmut front line</a></li></ul>";
        String trailing = "<table><tr><td><a href=/c>Putin vows to press on with the war</a></td>"
                + "<td><a href=/d>NATO condemns the strikes on Kyiv power plants</a></td></tr></table>"
                + "<p>You might also like: <a href=/e>Russia launches another missile barrage at the grid</a></p>"
                + "<div>Latest: <a href=/f>Ukraine downs Iranian-made drones over Kyiv overnight</a></div>"
                + "<div>Latest: <a href=/g>Moldova reports a missile fragment near its border</a></div>"
                + "<div>Latest: <a href=/h>Grain ships leave Odesa under the UN-brokered deal</a></div>"
                + "<div>Latest: <a href=/i>IAEA inspectors reach the Zaporizhzhia plant</a></div>";
        String page = "<div id=wrap><div id=content><h1>Russia recognises breakaway regions</h1>"
                + "<p>" + P1 + "</p>" + links + "<p>" + P2 + "</p><p>" + P3 + "</p>" + trailing + "</div></div>";
        assertThat(paragraphs(page)).containsExactly(P1, P2, P3);
    }

    @Test
    void dropsRelatedLinksWithEventLikeHeadlines() {
        String related = "<div class=related-stories><h3>Related</h3><ul>"
                + "<li><a href=/1>Ukraine shells Donetsk airport as ceasefire collapses in the east</a></li>"
                + "<li><a href=/2>NATO expels Russian diplomats over spying allegations</a></li></ul></div>";
        String mostRead = "<section aria-label='Most read'><ol><li><p>Russian troops seized the port city "
                + "after weeks of heavy fighting, officials in Kyiv said late on Sunday evening.</p></li></ol></section>";
        List<String> text = paragraphs(article(related) + mostRead);
        assertThat(text).containsExactly(P1, P2, P3);
    }

    @Test
    void dropsAppealsSignUpsShareToolsAndComments() {
        String appeal = "<p>Independent journalism is under threat. Readers like you keep our reporting free: "
                + "please support us with a donation.</p>";
        String signUp = "<div class=newsletter-signup><p>Sign up for our morning briefing and get the news "
                + "that matters in your inbox every day.</p></div>";
        String share = "<div class=share-tools><a href=#>Facebook</a> <a href=#>Twitter</a></div>";
        String comments = "<div id=comments><p>I think the sanctions came far too late, and the government "
                + "should have acted when Crimea was annexed back in 2014.</p></div>";
        List<String> text = paragraphs(article(share + signUp) + appeal + comments);
        assertThat(text).containsExactly(P1, P2, P3);
    }

    @Test
    void utilityClassesThatSayHiddenDoNotHideAnything() {
        String page = "<div class='overflow-hidden'><p>" + P1 + "</p></div><div class='md:hidden paywall'><p>"
                + P2 + "</p></div><p>" + P3 + "</p>";
        assertThat(paragraphs("<main>" + page + "</main>")).containsExactly(P1, P2, P3);
    }

    @Test
    void dropsHiddenElements() {
        String hidden = "<div style='display: none'><p>Moscow annexed the peninsula in a referendum "
                + "that was organised at gunpoint, the hidden teaser said at length here.</p></div>"
                + "<p hidden>Kyiv declared martial law across the country and called up reservists at once.</p>";
        assertThat(paragraphs(article(hidden))).containsExactly(P1, P2, P3);
    }

    @Test
    void dropsCaptionsAndTickers() {
        String figure = "<figure><img src=x.jpg><figcaption>Russian armoured vehicles near the border "
                + "on Monday, in a photo taken in February.</figcaption></figure>";
        String ticker = "<div class=news-ticker><p><a href=/t>Kyiv says</a> Russian shelling hit a school in "
                + "Kharkiv overnight, killing two teachers and injuring four.</p></div>";
        assertThat(paragraphs(ticker + article(figure))).containsExactly(P1, P2, P3);
    }

    @Test
    void anElementHoldingTheLabelledArticleBodyIsNeverBoilerplate() {
        // A breaking-news story sits in a "breaking-news" wrapper; its body is labelled as such.
        String page = "<div class=breaking-news><div itemprop=articleBody><p>" + P1 + "</p></div></div>"
                + "<div class=footer-text><p>" + P2 + " " + P3 + "</p></div>";
        assertThat(paragraphs(page)).containsExactly(P1);
    }

    @Test
    void oldStylePagesWithLineBreaksAndTableLayoutsAreRead() {
        String page = "<table><tr><td class=menu><a href=/a>Home</a><br><a href=/b>News</a></td>"
                + "<td><font size=2>" + P1 + "<br><br>" + P2 + "<br><br>" + P3 + "</font></td></tr></table>";
        assertThat(paragraphs(page)).containsExactly(P1, P2, P3);
    }

    @Test
    void aPageWrappedInOneBigFormKeepsItsArticle() {
        // ASP.NET pages put everything inside one <form>: the wrapper guard keeps the article.
        String page = "<form id=aspnetForm><nav><a href=/>Home</a></nav>" + article("") + "</form>";
        assertThat(paragraphs(page)).containsExactly(P1, P2, P3);
    }

    @Test
    void headingsInsideTheBodyAreTheirOwnParagraphs() {
        assertThat(paragraphs(article("<h2>What happens next</h2>")))
                .containsExactly(P1, P2, "What happens next", P3);
    }

    @Test
    void inlineMarkupAndWhiteSpaceAreNormalised() {
        String p = "<p>The  <b>Kremlin</b>\n said&nbsp;it <a href=/x>would respond</a> to what it called a "
                + "provocation by the United States and its allies in Europe.</p>";
        assertThat(paragraphs("<div>" + p + "<p>" + P1 + "</p></div>")).containsExactly(
                "The Kremlin said it would respond to what it called a provocation by the United States and "
                        + "its allies in Europe.", P1);
    }

    @Test
    void teaserCardsOfOtherArticlesAreLeftOut() {
        String card = "<div class=card><h3><a href=/%d>Other story %d</a></h3><span>May 2</span>"
                + "<p>Ukrainian forces retook several villages near the city of Kharkiv, the general staff said "
                + "in its morning briefing on the fighting.</p></div>";
        String cards = "<div>" + card.formatted(1, 1) + card.formatted(2, 2) + card.formatted(3, 3) + "</div>";
        assertThat(paragraphs("<main>" + article("") + cards + "</main>")).containsExactly(P1, P2, P3);
    }

    @Test
    void teaserCardsWithoutHeadingTagsAreLeftOutToo() {
        String card = "<div><a href=/%d class=title>Other story number %d about the front</a>"
                + "<p>Ukrainian forces retook several villages near the city of Kharkiv, the general staff said "
                + "in its morning briefing on the fighting.</p></div>";
        String cards = "<div>" + card.formatted(1, 1) + card.formatted(2, 2) + "</div>";
        assertThat(paragraphs("<main>" + article("") + cards + "</main>")).containsExactly(P1, P2, P3);
    }

    @Test
    void aLinkLineInsideTheArticleIsNoTeaserCard() {
        String link = "<p><a href=/r>Ukraine's army retakes Kharkiv villages</a></p>";
        assertThat(paragraphs("<div>" + link + "<p>" + P1 + "</p><p>" + P2 + "</p>" + link + "<p>" + P3
                + "</p></div>")).containsExactly(P1, P2, P3);
    }

    @Test
    void labelledWrapperHoldingTheArticleIsKept() {
        // A wrapper whose class happens to carry a boilerplate word must not take the article with it.
        String page = "<div class='layout has-sidebar'><div class=main><p>" + P1 + "</p><p>" + P2 + "</p><p>"
                + P3 + "</p></div><div class=sidebar><a href=/a>Most read</a></div></div>";
        assertThat(paragraphs(page)).containsExactly(P1, P2, P3);
    }

    @Test
    void jsonLdArticleBodyDecidesWhichBlocksAreTheArticle() {
        String teaser = "<div><p>Elsewhere on the site: a long review of a new restaurant in the city centre, "
                + "with opinions on its wine list and the service.</p></div>";
        String p4 = "Kyiv called an emergency meeting of the UN Security Council, which met late on Monday "
                + "night in New York at the request of Ukraine and several Western members.";
        String json = "<script type=application/ld+json>{\"@type\":\"NewsArticle\",\"articleBody\":\""
                + P1 + "\\n" + P2 + "\\n" + P3 + "\\n" + p4 + "\"}</script>";
        Document page = Jsoup.parse("<html><head>" + json + "</head><body><div><p>" + P1 + "</p><p>" + P2
                + "</p><p>" + P3 + "</p><p>" + p4 + "</p>" + teaser + "</div></body></html>");
        assertThat(extractor.paragraphs(page)).containsExactly(P1, P2, P3, p4);
    }

    @Test
    void pageWithoutProseStillGivesItsLines() {
        StringBuilder rows = new StringBuilder("<div class=content><h1>Race calendar 2018</h1>");
        for (int i = 1; i <= 12; i++) {
            rows.append("<p>Round ").append(i).append(": ").append(i).append(" March, Interlagos</p>");
        }
        List<String> text = paragraphs("<nav><a href=/>Home</a></nav>" + rows + "</div>");
        assertThat(text).contains("Round 1: 1 March, Interlagos", "Round 12: 12 March, Interlagos");
    }

    @Test
    void deeplyNestedMarkupIsWalkedWithoutRecursion() {
        String deep = "<div>".repeat(10_000) + "<p>" + P1 + "</p>" + "</div>".repeat(10_000);
        assertThat(paragraphs(deep)).containsExactly(P1);
    }

    @Test
    void emptyPageHasNoText() {
        assertThat(paragraphs("")).isEmpty();
        assertThat(extractor.extract(Jsoup.parse("<html><body><nav><a href=/>Home</a></nav></body></html>")))
                .isEmpty();
    }

    @Test
    void theWholeTextSeparatesParagraphsByABlankLine() {
        assertThat(extractor.extract(Jsoup.parse(article("")))).isEqualTo(P1 + "\n\n" + P2 + "\n\n" + P3);
    }
}
