package org.dateline.plugin.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.dateline.plugin.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {
    @TempDir
    Path dir;

    private static Path articles() throws URISyntaxException {
        return Path.of(ExportCommandTest.class.getResource("/articles").toURI());
    }

    @Test
    void writesTheRequestedImageAndRefusesToOverwriteWithoutForce() throws Exception {
        Path out = dir.resolve("timeline.png");
        String[] args = {"export", "--out", out.toString(), "--width", "800", "--height", "450",
            "--from", "2014", "--to", "2022-12", articles().toString()};
        assertThat(Main.run(args)).isZero();
        BufferedImage img = ImageIO.read(out.toFile());
        assertThat(img.getWidth()).isEqualTo(800);
        assertThat(img.getHeight()).isEqualTo(450);
        long before = Files.getLastModifiedTime(out).toMillis();
        byte[] content = Files.readAllBytes(out);

        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true));
        int code;
        try {
            code = Main.run(args);
        } finally {
            System.setErr(err);
        }
        assertThat(code).isEqualTo(2);
        assertThat(captured.toString()).contains("exists").contains("--force");
        assertThat(Files.readAllBytes(out)).isEqualTo(content);
        assertThat(Files.getLastModifiedTime(out).toMillis()).isEqualTo(before);

        String[] forced = {"export", "--force", "--out", out.toString(), "--width", "640", "--height", "360",
            articles().toString()};
        assertThat(Main.run(forced)).isZero();
        assertThat(ImageIO.read(out.toFile()).getWidth()).isEqualTo(640);
    }

    @Test
    void writesSvg() throws Exception {
        Path out = dir.resolve("timeline.svg");
        assertThat(Main.run("export", "--out", out.toString(), articles().toString())).isZero();
        assertThat(Files.readString(out)).containsPattern("width=['\"]1920(\\.0)?['\"]").containsPattern("height=['\"]1080(\\.0)?['\"]");
    }

    @Test
    void badArgumentsGiveOneLineAndNoFile() {
        Path out = dir.resolve("timeline.gif");
        assertThat(Main.run("export", "--out", out.toString(), "nowhere")).isEqualTo(2);
        assertThat(Main.run("export", "--out", dir.resolve("t.png").toString(), "--from", "soon", "x")).isEqualTo(2);
        assertThat(Main.run("export", "--out", dir.resolve("t.png").toString(), dir.resolve("missing").toString()))
                .isEqualTo(1);
        assertThat(dir.toFile().list()).isEmpty();
    }
}
