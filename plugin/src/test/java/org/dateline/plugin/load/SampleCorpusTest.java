package org.dateline.plugin.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleCorpusTest {
    @TempDir
    Path dir;

    @Test
    void theBuildBundlesTheSampleArticles() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("../samples/articles")), "no samples/articles in this checkout");
        Path folder = SampleCorpus.folder();
        assertThat(folder).isNotNull();
        List<Source> sources = ArticleFiles.expand(List.of(folder));
        try (Stream<Path> given = Files.list(Path.of("../samples/articles"))) {
            long articles = given.filter(p -> ArticleFiles.isArticleName(p.getFileName().toString())).count();
            assertThat(sources).hasSize((int) articles);
        }
    }

    @Test
    void articlesAreReadInPlaceFromAJar() throws Exception {
        Path jar = dir.resolve("bundle.jar");
        try (FileSystem zip = FileSystems.newFileSystem(URI.create("jar:" + jar.toUri()), Map.of("create", "true"))) {
            Path folder = zip.getPath("/dateline-samples/articles");
            Files.createDirectories(folder);
            Files.writeString(folder.resolve("2022-02-24-invasion.txt"), "Invasion\n\nRussia invaded Ukraine on "
                    + "24 February 2022, and the fighting went on through the night near Hostomel airport.\n");
        }
        try (FileSystem zip = FileSystems.newFileSystem(URI.create("jar:" + jar.toUri()), Map.of())) {
            List<Source> sources = ArticleFiles.expand(List.of(zip.getPath("/dateline-samples/articles")));
            assertThat(sources).extracting(Source::name).containsExactly("2022-02-24-invasion.txt");
            assertThat(sources.get(0).reader().read().article().text()).contains("Russia invaded Ukraine");
        }
    }
}
