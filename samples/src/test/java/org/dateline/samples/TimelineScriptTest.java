package org.dateline.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs samples/scripts/timeline-png.jsh in a real jshell against the packaged plugin jar. */
class TimelineScriptTest {
    static final Path PLUGIN_JAR = Path.of(System.getProperty("dateline.plugin.jar", "../plugin/target/dateline.jar"))
            .toAbsolutePath().normalize();

    @TempDir
    Path dir;

    @Test
    void exportsAPngOfTheChosenRange() throws Exception {
        assumeTrue(Files.isRegularFile(PLUGIN_JAR), "plugin jar not built: " + PLUGIN_JAR);
        Path out = dir.resolve("crimea.png");
        Path jshell = Path.of(System.getProperty("java.home"), "bin", "jshell");
        Process p = new ProcessBuilder(List.of(jshell.toString(), "--class-path", PLUGIN_JAR.toString(),
                "-R-Djava.awt.headless=true", "-R-Ddateline.dir=" + Path.of("articles").toAbsolutePath(),
                "-R-Ddateline.from=2014-02", "-R-Ddateline.to=2014-04",
                "-R-Ddateline.out=" + out, "-J-Duser.home=" + dir, Path.of("scripts/timeline-png.jsh").toString()))
                .redirectErrorStream(true).start();
        p.getOutputStream().close();
        assertThat(p.waitFor(3, TimeUnit.MINUTES)).as("jshell finished").isTrue();
        String printed = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(printed).contains("wrote " + out).doesNotContain("Error:").doesNotContain("Exception");
        Matcher drawn = Pattern.compile("(\\d+) events drawn from (\\d+) articles").matcher(printed);
        assertThat(drawn.find()).as(printed).isTrue();
        assertThat(Integer.parseInt(drawn.group(1))).as("events of Feb-Apr 2014 drawn").isPositive();
        BufferedImage image = ImageIO.read(out.toFile());
        assertThat(image.getWidth()).isEqualTo(1600);
        assertThat(image.getHeight()).isEqualTo(900);
        assertThat(colours(image)).as("a drawn timeline, not a blank image").isGreaterThan(16);
    }

    private static int colours(BufferedImage image) throws IOException {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                seen.add(image.getRGB(x, y));
            }
        }
        return seen.size();
    }
}
