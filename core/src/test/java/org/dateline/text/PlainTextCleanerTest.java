package org.dateline.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlainTextCleanerTest {
    private static final String P1 = "Ukraine and Russia agreed to a ceasefire in the east on Friday, after talks "
            + "in Minsk mediated by the OSCE.";
    private static final String P2 = "The deal calls for the withdrawal of heavy weapons from the front line and "
            + "an exchange of prisoners.";

    private final PlainTextCleaner cleaner = PlainTextCleaner.standard();

    @Test
    void blankLinesSeparateParagraphsAndLinesInsideAreJoined() {
        assertThat(PlainTextCleaner.paragraphs("One line\nand its rest.\r\n\r\n\n  Second   one. \n"))
                .containsExactly("One line and its rest.", "Second one.");
    }

    @Test
    void withoutBlankLinesEachLineIsAParagraph() {
        assertThat(PlainTextCleaner.paragraphs(P1 + "\n" + P2 + "\n")).containsExactly(P1, P2);
    }

    @Test
    void aPageSavedOneParagraphALineUnderALongMenuIsNoWrappedProse() {
        String page = "Skip to Content\nThe Courier\nSubscribe\nSign In\nNews\nOpinion\nPolitics\nWorld\n"
                + "Business\nSports\nArts\n" + P1 + "\n" + P2 + "\n";
        List<String> paragraphs = PlainTextCleaner.paragraphs(page);
        assertThat(paragraphs).hasSize(3).endsWith(P1, P2);
        assertThat(paragraphs.get(0)).startsWith("Skip to Content | The Courier | Subscribe");
    }

    @Test
    void aPagesTopWithNoBlankLineUnderItKeepsItsFirstParagraph() {
        String page = "Skip to content\nTHE DISPATCH\nNews\nWar\nPolitics\n" + P1 + "\n\n" + P2 + "\n";
        assertThat(PlainTextCleaner.paragraphs(page)).containsExactly(
                "Skip to content | THE DISPATCH | News | War | Politics", P1, P2);
    }

    @Test
    void readersCommentsAndWhatFollowsThemAreDropped() {
        List<String> paragraphs = List.of(P1, P2, P1 + " Again.", "Comments (23) Log in or register to comment. "
                + "jan_k · 2 hours ago Russia will close our consulate next, mark my words.", "Reply · Like (12)");
        assertThat(cleaner.clean(paragraphs)).containsExactly(P1, P2, P1 + " Again.");
    }

    @Test
    void aContributionsAppealAtTheEndIsDropped() {
        List<String> paragraphs = List.of(P1, P2, P1 + " Again.", "… we have a small favour to ask.",
                "Tens of millions have placed their trust in the Times' fearless journalism since we started publishing. "
                        + "We have no shareholders and no billionaire owner, so our reporting stays free.",
                "If you can, please support us with a one-off or monthly payment. It takes only a minute.",
                "Support the Times Accepted payment methods: Visa, Mastercard, American Express and PayPal");
        assertThat(cleaner.clean(paragraphs)).containsExactly(P1, P2, P1 + " Again.");
    }

    @Test
    void hardWrappedProseIsJoined() {
        String wrapped = "Ukraine and Russia agreed to a ceasefire in the east\non Friday, after talks in Minsk "
                + "mediated by the\nOSCE, which will monitor it with drones and\nobservers on the ground.";
        assertThat(PlainTextCleaner.paragraphs(wrapped)).hasSize(1);
    }

    @Test
    void dropsSignUpsReadMoreAndThePublishersAppealAtTheEnd() {
        List<String> paragraphs = List.of(P1, "Read more: Minsk talks collapse as shelling resumes", P2,
                "Sign up for our Ukraine briefing, delivered to your inbox every morning.",
                "Independent journalism is under threat. We rely on readers like you: if you can, please "
                        + "support us with a monthly donation. It only takes a minute.",
                "Share this article", "Topics");
        assertThat(cleaner.clean(paragraphs)).containsExactly(P1, P2);
    }

    @Test
    void appealsInTheirCommonFormsGo() {
        List<String> appeals = List.of(
                "Dear readers, we need your help. Our newsroom has been labelled a foreign agent and our "
                        + "advertising income is gone. Every contribution, however small, keeps us going.",
                "We have been reporting on this war since 2014, and we keep our reporting free for everyone. "
                        + "If you can, please make a donation.",
                "This story was made possible by our members. Become a member today.",
                "Support independent journalism: subscribe to our newsletter.");
        for (String appeal : appeals) {
            assertThat(cleaner.clean(List.of(P1, P2, appeal))).as(appeal).containsExactly(P1, P2);
        }
    }

    @Test
    void quotedAppealsOfOthersStay() {
        String quote = "\"Support us, give us weapons and we will finish the job,\" the president told "
                + "lawmakers in Washington on Wednesday.";
        assertThat(cleaner.clean(List.of(P1, quote))).containsExactly(P1, quote);
    }

    @Test
    void aShortLastSentenceIsNoLabel() {
        assertThat(cleaner.clean(List.of(P1, "He was 72."))).containsExactly(P1, "He was 72.");
    }

    @Test
    void normaliseCollapsesSpacesAndKeepsANormalLineAsItIs() {
        String normal = "Kyiv, Feb. 24 (Reuters) - Russian forces";
        assertThat(PlainTextCleaner.normalise(normal)).isSameAs(normal);
        assertThat(PlainTextCleaner.normalise("")).isEmpty();
        assertThat(PlainTextCleaner.normalise(" a")).isEqualTo("a");
        assertThat(PlainTextCleaner.normalise("a ")).isEqualTo("a");
        assertThat(PlainTextCleaner.normalise("a  b")).isEqualTo("a b");
        assertThat(PlainTextCleaner.normalise("a\tb\u00A0c")).isEqualTo("a b c");
        assertThat(PlainTextCleaner.normalise("a\u200Bb \u00ADc")).isEqualTo("ab c");
        assertThat(PlainTextCleaner.normalise(" ")).isEmpty();
        assertThat(PlainTextCleaner.normalise("\u200B")).isEmpty();
    }

    @Test
    void aListUnderADroppedHeadingAndARuledLineAreNoText() {
        String story = "Gazprom stopped pumping gas through Ukraine on Wednesday, ending decades of transit to Europe.";
        List<String> paragraphs = List.of(story, "----------------------------------------", "MOST POPULAR",
                "1. Russian drones hit central Kyiv on New Year's Day, killing two 2. Transnistria shuts off heating");
        assertThat(PlainTextCleaner.standard().clean(paragraphs)).containsExactly(story);
    }

    @Test
    void linkListsCommentsAndSharePromptsAtTheEndAreNoText() {
        String story = "Ukraine and Russia completed the largest prisoner exchange of the war on Sunday.";
        List<String> paragraphs = List.of(story, "Share: Facebook \u00B7 X \u00B7 Telegram \u00B7 Copy link",
                "RELATED STORIES", "\u2192 Russia strikes Kyiv overnight \u2192 Russia and Ukraine begin largest exchange",
                "COMMENTS (4)", "dnipro_dad \u00B7 1 hour ago They will bomb Kyiv again tonight, count on it.",
                "A NOTE FROM THE DNIPRO LEDGER", "We are five journalists. Since January the grant that paid for"
                        + " half of our newsroom is gone. Everything you have just read was paid for by readers.",
                "If you can, please give $5, $10 or whatever you can spare each month.");
        assertThat(PlainTextCleaner.standard().clean(paragraphs)).containsExactly(story);
    }

    @Test
    void aHeadingOverItsListAndANewslettersFooterAreNoText() {
        String story = "Leaders of the Group of Seven agreed on Thursday to lend Ukraine about $50 billion.";
        String text = story + "\n\nMORE FROM UKRAINE WAR\n- Ukraine and Russia swap prisoners\n- Zelensky names a premier\n\n"
                + "MOST READ THIS WEEK\n\n1. Russian glide bombs pound Kharkiv\n2. Blackouts loom\n\n"
                + "Doing business in Eastern Europe? Book a free consultation this month: https://example.org/x\n\n"
                + "FORWARD TO A FRIEND\n\nWas this email forwarded to you? Sign up here: https://example.org/d\n\n"
                + "You are receiving this email because you subscribed to the Evening Dispatch.\n";
        assertThat(PlainTextCleaner.standard().clean(PlainTextCleaner.paragraphs(text))).containsExactly(story);
    }

    @Test
    void aColumnOfMenuLinksIsOneMenuLine() {
        String text = "Kyiv Ledger\nNews\nPolitics\nWar in Donbas\nBecome a member\nSearch\n\nWAR IN DONBAS\n\n"
                + "Kyiv signs up to Steinmeier formula\n\nThe contact group met in Minsk on Tuesday.\n";
        assertThat(PlainTextCleaner.paragraphs(text)).containsExactly(
                "Kyiv Ledger | News | Politics | War in Donbas | Become a member | Search", "WAR IN DONBAS",
                "Kyiv signs up to Steinmeier formula", "The contact group met in Minsk on Tuesday.");
    }

    @Test
    void aHeadingOverAColumnOfHeadlinesIsNoText() {
        String story = "Two Russian ballistic missiles struck the centre of Sumy on Sunday morning.";
        String related = "Related\nRussian drones hit Kharkiv apartment blocks overnight\n"
                + "Zelensky: Ukraine will not recognise occupied territories as Russian\nUS and Ukraine resume talks on minerals deal";
        assertThat(PlainTextCleaner.standard().clean(PlainTextCleaner.paragraphs(story + "\n\n" + related + "\n")))
                .containsExactly(story);
        // a text with no blank lines has a paragraph a line: the headlines under the heading go too
        String more = "Residents were on their way to church for Palm Sunday when the missiles hit, rescuers said.";
        assertThat(PlainTextCleaner.standard().clean(PlainTextCleaner.paragraphs(
                String.join("\n", story, more, more, more, more, related)))).containsExactly(story, more, more, more, more);
    }

    @Test
    void aColumnOfHeadlinesUnderAHeadingAndABlankLineIsNoText() {
        String story = "A Russian military court jailed the film-maker Oleg Sentsov for 20 years on Tuesday.";
        String text = story + "\n\nRelated stories\n\nSavchenko trial moved to small border town in Rostov region\n"
                + "Rebels shell outskirts of Mariupol overnight, military says\nRussia blocks UN tribunal on MH17 with Security Council veto\n";
        assertThat(PlainTextCleaner.standard().clean(PlainTextCleaner.paragraphs(text))).containsExactly(story);
    }

    @Test
    void shortLinesOfProseAreNoList() {
        String text = "Lines of a poem read at the rally\nwere short\nand had no full stops\nat all\n\nThe rally ended at noon.\n";
        assertThat(PlainTextCleaner.paragraphs(text)).containsExactly(
                "Lines of a poem read at the rally were short and had no full stops at all", "The rally ended at noon.");
    }
}
