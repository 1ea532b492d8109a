package org.dateline.plugin.eclipse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunOptionsTest {
    @Test
    void readsItsOwnArgumentsAndLeavesEclipsesAlone() {
        RunOptions options = RunOptions.parse(new String[] {
            "-consoleLog", "-dateline.open", "samples/articles", "-dateline.open", "extra.txt",
            "-dateline.screenshot", "out/shot.png", "-dateline.marker", "out/up.txt", "-dateline.settle", "2"});

        assertThat(options.open()).containsExactly(Path.of("samples/articles"), Path.of("extra.txt"));
        assertThat(options.screenshot()).isEqualTo(Path.of("out/shot.png"));
        assertThat(options.marker()).isEqualTo(Path.of("out/up.txt"));
        assertThat(options.settleSeconds()).isEqualTo(2);
        assertThat(options.timeoutSeconds()).isEqualTo(120);
        assertThat(options.scripted()).isTrue();
    }

    @Test
    void withoutAScreenshotItIsAnInteractiveRun() {
        RunOptions options = RunOptions.parse(new String[0]);

        assertThat(options.scripted()).isFalse();
        assertThat(options.open()).isEmpty();
        assertThat(RunOptions.parse(null).scripted()).isFalse();
    }

    @Test
    void aMissingOrBadValueIsAOneLineReason() {
        assertThatThrownBy(() -> RunOptions.parse(new String[] {"-dateline.open"}))
                .hasMessage("-dateline.open needs a value");
        assertThatThrownBy(() -> RunOptions.parse(new String[] {"-dateline.timeout", "soon"}))
                .hasMessage("-dateline.timeout needs a number of seconds, not 'soon'");
    }

    @Test
    void aFolderOpensItsArticlesInNameOrder(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("b.txt"), "b");
        Files.writeString(dir.resolve("a.html"), "a");
        Files.writeString(dir.resolve("notes.md"), "no");
        Files.createDirectories(dir.resolve("more"));
        Files.writeString(dir.resolve("more/c.htm"), "c");

        RunOptions options = RunOptions.parse(new String[] {"-dateline.open", dir.toString()});

        assertThat(options.articleFiles())
                .containsExactly(dir.resolve("a.html"), dir.resolve("b.txt"), dir.resolve("more/c.htm"));
    }
}
