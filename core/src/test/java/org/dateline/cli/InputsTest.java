package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputsTest {
    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();
    private final Inputs inputs = new Inputs(new PrintWriter(err, true));

    @Test
    void resultsComeInInputOrderThoughReadInParallel() {
        List<Path> files = IntStream.range(0, 40).mapToObj(i -> Path.of("f" + i)).toList();
        List<String> seen = new ArrayList<>();
        inputs.each(files, file -> {
            // the earlier files take longest, so they finish last
            LockSupport.parkNanos((40 - Integer.parseInt(file.toString().substring(1))) * 1_000_000L);
            return file.toString();
        }, seen::add);
        assertThat(seen).containsExactlyElementsOf(files.stream().map(Path::toString).toList());
        assertThat(inputs.failed()).isZero();
    }

    @Test
    void aFailureIsOneLineAndTheOthersGoOn() {
        List<String> seen = new ArrayList<>();
        inputs.each(List.of(Path.of("a"), Path.of("bad"), Path.of("c")), file -> {
            if (file.toString().equals("bad")) {
                throw new IOException("not an article");
            }
            return file.toString();
        }, seen::add);
        assertThat(seen).containsExactly("a", "c");
        assertThat(inputs.failed()).isEqualTo(1);
        assertThat(err.toString().lines()).containsExactly("dateline: bad: not an article");
    }

    @Test
    void anUnexpectedErrorIsAReasonNotAStackTrace() {
        inputs.each(List.of(Path.of("x")), file -> {
            throw new IllegalStateException("broken rule");
        }, v -> { });
        assertThat(err.toString().lines()).containsExactly("dateline: x: internal error: broken rule");
    }

    @Test
    void foldersExpandToTheirArticlesSorted() throws IOException {
        Files.writeString(dir.resolve("b.html"), "");
        Files.writeString(dir.resolve("a.txt.gz"), "");
        Files.writeString(dir.resolve("notes.md"), "");
        Path loose = dir.resolve("given.xyz");
        assertThat(inputs.articles(List.of(dir, loose)))
                .containsExactly(dir.resolve("a.txt.gz"), dir.resolve("b.html"), loose);
    }
}
