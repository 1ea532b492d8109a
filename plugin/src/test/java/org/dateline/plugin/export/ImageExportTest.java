package org.dateline.plugin.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.dateline.plugin.chart.Palette;
import org.dateline.timeline.Events;
import org.dateline.timeline.QuadClass;
import org.dateline.timeline.TimelineModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageExportTest {
    @TempDir
    Path dir;

    private static TimelineModel model() {
        return Events.model(Events.synthetic(500, 3));
    }

    @Test
    void pngHasTheRequestedSizeAndShowsEventsInQuadColours() throws Exception {
        Path out = dir.resolve("t.png");
        ImageExport.write(model(), out, 900, 500, false);
        BufferedImage img = ImageIO.read(out.toFile());
        assertThat(img.getWidth()).isEqualTo(900);
        assertThat(img.getHeight()).isEqualTo(500);
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 2) {
            for (int x = 0; x < img.getWidth(); x += 2) {
                colours.add(img.getRGB(x, y) & 0xFFFFFF);
            }
        }
        assertThat(colours).hasSizeGreaterThan(20);
        for (QuadClass q : QuadClass.values()) {
            assertThat(colours).contains(Palette.of(q).getRGB() & 0xFFFFFF);
        }
        assertThat(Files.list(dir)).containsExactly(out);
    }

    @Test
    void svgHasTheRequestedSizeAndMarks() throws Exception {
        Path out = dir.resolve("t.svg");
        ImageExport.write(model(), out, 1200, 600, false);
        String svg = Files.readString(out);
        assertThat(svg).startsWith("<?xml").containsPattern("width=['\"]1200(\\.0)?['\"]").containsPattern("height=['\"]600(\\.0)?['\"]");
        assertThat(svg).contains("RUS").contains("2020");
        // Many marks: every event cluster is an element of its own.
        assertThat(svg.split("<(path|ellipse|circle|rect)", -1).length).isGreaterThan(100);
    }

    @Test
    void neverReplacesAFileUnlessAsked() throws Exception {
        Path out = dir.resolve("t.png");
        Files.writeString(out, "keep me");
        assertThatThrownBy(() -> ImageExport.write(model(), out, 300, 200, false))
                .isInstanceOf(FileAlreadyExistsException.class);
        assertThat(Files.readString(out)).isEqualTo("keep me");
        ImageExport.write(model(), out, 300, 200, true);
        assertThat(ImageIO.read(out.toFile()).getWidth()).isEqualTo(300);
        assertThat(Files.list(dir)).containsExactly(out);
    }

    @Test
    void refusesUnknownFormatsAndSizes() {
        assertThatThrownBy(() -> ImageExport.write(model(), dir.resolve("t.jpg"), 300, 200, false))
                .hasMessageContaining(".png or .svg");
        assertThatThrownBy(() -> ImageExport.write(model(), dir.resolve("t.png"), 0, 200, false))
                .hasMessageContaining("out of range");
        assertThat(dir.toFile().list()).isEmpty();
    }

    @Test
    void emptyTimelineStillExports() throws Exception {
        Path out = dir.resolve("empty.png");
        ImageExport.write(Events.model(List.of()), out, 400, 300, false);
        assertThat(ImageIO.read(out.toFile()).getHeight()).isEqualTo(300);
    }
}
