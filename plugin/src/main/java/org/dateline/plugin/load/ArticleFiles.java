package org.dateline.plugin.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Turns the files and folders a user opened into sources, in a stable order. */
public final class ArticleFiles {
    private ArticleFiles() {
    }

    /** True for the names Dateline reads as articles: .html, .htm, .txt, each optionally .gz. */
    public static boolean isArticleName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".gz")) {
            n = n.substring(0, n.length() - 3);
        }
        return n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".txt");
    }

    /**
     * Folders become the article files below them, sorted; a file is kept whatever its name, so
     * that a wrong one is listed with its reason instead of vanishing.
     */
    public static List<Source> expand(List<Path> given) {
        List<Source> out = new ArrayList<>();
        for (Path p : given) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile)
                            .filter(f -> f.getFileName() != null && isArticleName(f.getFileName().toString()))
                            .sorted()
                            .forEach(f -> out.add(Source.file(f)));
                } catch (IOException | java.io.UncheckedIOException e) {
                    out.add(Source.failing(p.toString(), "cannot list the folder"));
                }
            } else if (!Files.exists(p)) {
                out.add(Source.failing(p.toString(), "no such file"));
            } else {
                out.add(Source.file(p));
            }
        }
        return out;
    }
}
