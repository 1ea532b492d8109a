package org.dateline.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Expands the files and folders given on a command line into article files, in a stable order. */
final class Inputs {
    private Inputs() {
    }

    /** True for the names Dateline reads as articles: .html, .htm, .txt, each optionally .gz. */
    static boolean isArticleName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".gz")) {
            n = n.substring(0, n.length() - 3);
        }
        return n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".txt");
    }

    /**
     * Folders become the article files below them (sorted); files are kept as given, whatever
     * their name, so that a bad file is still reported rather than silently skipped.
     */
    static List<Path> expand(List<Path> given) {
        List<Path> out = new ArrayList<>();
        for (Path p : given) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile)
                            .filter(f -> isArticleName(f.getFileName().toString()))
                            .sorted()
                            .forEach(out::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(p + ": cannot list folder", e);
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }
}
