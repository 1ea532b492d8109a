package org.dateline.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleLoaderTest {
    private static final String PARAGRAPH = "Russia’s parliament ratified the treaties with the two breakaway regions "
            + "on Tuesday, allowing troops to be deployed there, the State Duma said in a statement.";
    private static final String PAGE = "<html><head><meta charset=utf-8><title>Duma ratifies treaties - Example News"
            + "</title></head><body><nav><a href=/>Home</a></nav><article><h1>Duma ratifies treaties</h1><p>"
            + PARAGRAPH + "</p></article></body></html>";

    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    @Test
    void readsAnHtmlPage() throws IOException {
        Article a = ArticleLoader.load(write("page.html", PAGE.getBytes(StandardCharsets.UTF_8)));
        assertThat(a.source()).isEqualTo("page.html");
        assertThat(a.title()).isEqualTo("Duma ratifies treaties");
        assertThat(a.text()).isEqualTo(PARAGRAPH);
    }

    @Test
    void readsGzippedPagesTransparently() throws IOException {
        Path file = dir.resolve("page.html.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(PAGE.getBytes(StandardCharsets.UTF_8));
        }
        assertThat(ArticleLoader.load(file).text()).isEqualTo(PARAGRAPH);
    }

    @Test
    void readsAWindows1252PageWithoutDeclaration() throws IOException {
        String page = PAGE.replace("<meta charset=utf-8>", "");
        Article a = ArticleLoader.load(write("old.htm", page.getBytes(Charset.forName("windows-1252"))));
        assertThat(a.text()).isEqualTo(PARAGRAPH);
        assertThat(a.problems()).contains("charset guessed: windows-1252");
    }

    @Test
    void readsAPageThatDeclaresUtf8ButIsNot() throws IOException {
        Article a = ArticleLoader.load(write("lying.html", PAGE.getBytes(Charset.forName("windows-1252"))));
        assertThat(a.text()).isEqualTo(PARAGRAPH);
        assertThat(a.problems()).contains("declared UTF-8 but is not; read as windows-1252");
    }

    @Test
    void plainTextTakesItsFirstLineAsTitleAndDropsTheAppeal() throws IOException {
        String text = "Duma ratifies treaties\n\n" + PARAGRAPH + "\n\nIndependent journalism is under threat. "
                + "Please support our journalism with a donation today.\n";
        Article a = ArticleLoader.load(write("story.txt", text.getBytes(StandardCharsets.UTF_8)));
        assertThat(a.title()).isEqualTo("Duma ratifies treaties");
        assertThat(a.text()).isEqualTo(PARAGRAPH);
    }

    @Test
    void plainTextSectionsAboveTheHeadlineAreNeitherTitleNorText() {
        Article a = ArticleLoader.fromText("Newswire | World | Europe\n\nDuma ratifies treaties\n\n" + PARAGRAPH, "s");
        assertThat(a.title()).isEqualTo("Duma ratifies treaties");
        assertThat(a.text()).isEqualTo(PARAGRAPH);
    }

    @Test
    void plainTextStandfirstBylineAndDateLinesAreNoText() {
        Article a = ArticleLoader.fromText("Duma ratifies treaties\n\nKyiv calls the vote a farce; Brussels weighs"
                + " sanctions\n\nBy Lena Hartmann\nMarch 22, 2014 at 6:12 pm ET\n\nMOSCOW, March 22 (Wire) -\n\n"
                + PARAGRAPH, "s");
        assertThat(a.title()).isEqualTo("Duma ratifies treaties");
        assertThat(a.text()).isEqualTo("MOSCOW, March 22 (Wire) -\n\n" + PARAGRAPH);
    }

    @Test
    void plainTextSiteMenuStandfirstAndBylineAboveTheStoryAreNoText() {
        String head = "Skip to content\nThe Example Ledger \u2014 news from Ukraine\nMenu: News | War | Politics | Donate\n"
                + "Log in \u00B7 Become a member\n\nHome \u203A News \u203A War\n\nDuma ratifies treaties\n\n"
                + "Three days of talks ended with a vote. Kyiv calls it a farce.\n\nBy Lena Hartmann\n"
                + "May 25, 2025, 11:35 p.m. ET \u00B7 Updated May 25, 2025, 11:58 p.m. ET\nReading time: 4 min\n\n";
        Article a = ArticleLoader.fromText(head + PARAGRAPH, "s");
        assertThat(a.title()).isEqualTo("Duma ratifies treaties");
        assertThat(a.text()).isEqualTo(PARAGRAPH);
        assertThat(a.published().date()).isEqualTo(java.time.LocalDate.of(2025, 5, 25));
    }

    @Test
    void plainTextHeadEndsAtItsByline() {
        String head = "Skip to main content\nHome | Politics | World | Donate\n\nLATEST\n10:58 a.m.  Senate panel advances"
                + " defense bill after late-night session\n10:41 a.m.  Heat advisory extended\n\nHome > World > Ukraine War\n\n"
                + "UKRAINE WAR\n\nDuma ratifies treaties\n\nThe vote was unanimous. Kyiv called it a farce.\n\n"
                + "By Dana Whitcombe\nPublished July 15, 2025, 6:10 a.m. ET | Updated July 15, 2025\nShare: Facebook | X\n\n"
                + "[Photo: The Duma in session. Credit: pool]\n\n";
        Article a = ArticleLoader.fromText(head + PARAGRAPH, "s");
        assertThat(a.title()).isEqualTo("Duma ratifies treaties");
        assertThat(a.text()).isEqualTo(PARAGRAPH);
        assertThat(a.published().date()).isEqualTo(java.time.LocalDate.of(2025, 7, 15));
    }

    @Test
    void aSectionNameAboveTheHeadlineIsNoTitle() {
        String head = "Skip to content\nLRT ENGLISH\nNews | Lithuania | World | Business\n\nWorld\n\n"
                + "Lithuania, Poland and Ukraine launch 'Lublin Triangle'\n\nLRT.lt, BNS\n2020.07.28 16:05\n\n";
        Article a = ArticleLoader.fromText(head + PARAGRAPH, "s");
        assertThat(a.title()).isEqualTo("Lithuania, Poland and Ukraine launch 'Lublin Triangle'");
        assertThat(a.text()).isEqualTo(PARAGRAPH);
        assertThat(a.published().date()).isEqualTo(java.time.LocalDate.of(2020, 7, 28));
    }

    @Test
    void theSiteNameAndTaglineAboveTheSectionsLineAreNoTitle() {
        String head = "The Prague Dispatch\n\nEnglish-language news from the Czech Republic\n\n"
                + "World \u203A Central & Eastern Europe\n\nKyiv and Moscow trade expulsions as Prague's row escalates\n\n"
                + "Tereza Kolarova | 19 April 2021, 18:40\n\n";
        Article a = ArticleLoader.fromText(head + PARAGRAPH, "s");
        assertThat(a.title()).isEqualTo("Kyiv and Moscow trade expulsions as Prague's row escalates");
        assertThat(a.text()).isEqualTo(PARAGRAPH);
        String warsaw = "The Warsaw Dispatch\n\nPolitics | Ukraine | Security\n\nPoland and Ukraine sign security pact\n\n"
                + "By Marta Kowalczyk | 8 July 2024, 13:20 CEST\n\n";
        assertThat(ArticleLoader.fromText(warsaw + PARAGRAPH, "s").title()).isEqualTo("Poland and Ukraine sign security pact");
    }

    @Test
    void aSectionTheMenuListsTooIsNoTitle() {
        String head = "Skip to content\nCHISINAU COURIER\nHome\nPolitics\nTransnistria\nWar in Ukraine\nOpinion\n\n"
                + "War in Ukraine\n\nRussian missile flies over Moldova during massive strike on Ukraine\n\n"
                + "Ana Ciobanu\n10.02.2023, 19:42 | Updated: 10.02.2023, 21:15\nReading time: 4 min.\n\n";
        assertThat(ArticleLoader.fromText(head + PARAGRAPH, "s").title())
                .isEqualTo("Russian missile flies over Moldova during massive strike on Ukraine");
    }

    @Test
    void aLongTickerAboveTheHeadIsNoBody() {
        String head = "BREAKING \u25CF 16:02 Darnytskyi district: search of collapsed building continues into the evening"
                + " \u25CF 15:47 Ukrenergo restores power to most of the left bank \u25CF 15:30 Russian drones hit grain"
                + " terminal in Odesa region \u25CF 14:58 Boryspil: schools to open on 1 September as planned"
                + "\nNews | Kyiv | War | Economy\n\nDuma ratifies treaties\n\n"
                + "Olena Hrytsenko, Kyiv | 28.08.2025, 16:20 (updated 18:05)\n\n";
        Article a = ArticleLoader.fromText(head + PARAGRAPH, "s");
        assertThat(a.published().date()).isEqualTo(java.time.LocalDate.of(2025, 8, 28));
    }

    @Test
    void unknownNamesAreSniffed() throws IOException {
        assertThat(ArticleLoader.load(write("page", PAGE.getBytes(StandardCharsets.UTF_8))).title())
                .isEqualTo("Duma ratifies treaties");
        assertThat(ArticleLoader.load(write("note", ("Title\n\n" + PARAGRAPH).getBytes(StandardCharsets.UTF_8))).text())
                .isEqualTo(PARAGRAPH);
    }

    @Test
    void noDateFoundIsRecorded() {
        Article a = ArticleLoader.fromText("Title\n\n" + PARAGRAPH, "s");
        assertThat(a.published()).isNull();
        assertThat(a.problems()).contains("no publication date found");
        assertThat(ArticleLoader.fromHtml(PAGE, "p").problems()).contains("no publication date found");
    }

    @Test
    void emptyFilesAreRejected() throws IOException {
        assertThatThrownBy(() -> ArticleLoader.load(write("empty.html", new byte[0])))
                .isInstanceOf(ArticleException.class).hasMessage("empty file");
        assertThatThrownBy(() -> ArticleLoader.load(write("blank.txt", " \n\t\n".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(ArticleException.class).hasMessage("empty file (only white space)");
        assertThatThrownBy(() -> ArticleLoader.load(write("bom.txt", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF})))
                .isInstanceOf(ArticleException.class).hasMessage("empty file");
    }

    @Test
    void binaryFilesAreRejected() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertThatThrownBy(() -> ArticleLoader.load(write("image.html", png)))
                .isInstanceOf(ArticleException.class).hasMessage("binary file, not text");
    }

    @Test
    void damagedGzipIsRejected() throws IOException {
        byte[] bad = {0x1F, (byte) 0x8B, 8, 0, 1, 2, 3};
        assertThatThrownBy(() -> ArticleLoader.load(write("bad.html.gz", bad)))
                .isInstanceOf(ArticleException.class).hasMessage("damaged gzip data");
    }

    @Test
    void missingFilesAndFoldersAreRejected() {
        assertThatThrownBy(() -> ArticleLoader.load(dir.resolve("missing.html")))
                .isInstanceOf(ArticleException.class).hasMessage("no such file");
        assertThatThrownBy(() -> ArticleLoader.load(dir))
                .isInstanceOf(ArticleException.class).hasMessage("is a folder, not an article file");
    }

    @Test
    void aFiftyMegabytePageIsCutAndSaysSo() throws IOException {
        Path big = dir.resolve("big.html");
        try (Writer out = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
            out.write("<html><body><article>");
            String p = "<p>" + PARAGRAPH + "</p>\n";
            for (long written = 0; written < 50L * 1024 * 1024; written += p.length()) {
                out.write(p);
            }
        }
        Article a = ArticleLoader.load(big);
        assertThat(a.problems()).contains("truncated: only the first 8 MB were read");
        assertThat(a.text()).startsWith(PARAGRAPH);
    }

    @Test
    void deeplyNestedHtmlIsRead() {
        String deep = "<html><body>" + "<div>".repeat(10_000) + "<p>" + PARAGRAPH + "</p>"
                + "</div>".repeat(10_000) + "</body></html>";
        assertThat(ArticleLoader.fromHtml(deep, "deep").text()).isEqualTo(PARAGRAPH);
    }
}
