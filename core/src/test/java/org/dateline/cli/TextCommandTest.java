package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextCommandTest {
    private static final String P1 = "Kyiv and Moscow exchanged prisoners on Saturday, the first such swap in "
            + "months, officials on both sides said.";
    private static final String P2 = "The exchange took place on the border with Belarus and was brokered by the "
            + "United Arab Emirates, Kyiv said.";
    private static final String PAGE = "<html><body><nav><a href=/>Home</a> <a href=/world>World</a></nav>"
            + "<article><h1>Swap</h1><p>" + P1 + "</p><p>" + P2 + "</p></article></body></html>";

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream oldOut;
    private PrintStream oldErr;

    @BeforeEach
    void capture() {
        oldOut = System.out;
        oldErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(oldOut);
        System.setErr(oldErr);
    }

    @Test
    void printsTheMainTextWithBlankLinesBetweenParagraphs() throws IOException {
        Path page = Files.writeString(dir.resolve("swap.html"), PAGE);
        assertThat(Main.run("text", page.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(P1 + "\n\n" + P2 + "\n");
    }

    @Test
    void writesOneFilePerArticleAndReportsBadOnesWithoutStopping() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in/sub"));
        Files.writeString(in.resolve("swap.html"), PAGE);
        try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(in.resolve("zipped.htm.gz")))) {
            gz.write(PAGE.getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(in.resolve("story.txt"), "Swap\n\n" + P1 + "\n");
        Path empty = Files.write(in.resolve("empty.html"), new byte[0]);
        Path target = dir.resolve("out");

        int code = Main.run("text", "--out", target.toString(), dir.resolve("in").toString(),
                dir.resolve("missing.html").toString());

        assertThat(code).isEqualTo(1);
        assertThat(Files.readString(target.resolve("swap.txt"))).isEqualTo(P1 + "\n\n" + P2 + "\n");
        assertThat(Files.readString(target.resolve("zipped.txt"))).isEqualTo(P1 + "\n\n" + P2 + "\n");
        assertThat(Files.readString(target.resolve("story.txt"))).isEqualTo(P1 + "\n");
        assertThat(err.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "dateline: " + empty + ": empty file",
                "dateline: " + dir.resolve("missing.html") + ": no such file");
    }

    @Test
    void baseNamesLoseArticleExtensions() {
        assertThat(TextCommand.baseName(Path.of("a/b/page.html.gz"))).isEqualTo("page");
        assertThat(TextCommand.baseName(Path.of("story.TXT"))).isEqualTo("story");
        assertThat(TextCommand.baseName(Path.of("notes.md"))).isEqualTo("notes.md");
    }
}
