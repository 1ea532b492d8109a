package org.dateline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.dateline.Dateline;
import org.dateline.FileRunner;

/**
 * The inputs of a command: files and folders expanded into the files to read, then read on all
 * cores, results handed on in input order, one stderr line for each file that fails.
 */
final class Inputs {
    /** Work on one input file whose only result is its effect (a file written). */
    @FunctionalInterface
    interface Task {
        void run(Path file) throws IOException;
    }

    private final PrintWriter err;
    private int failed;

    Inputs(PrintWriter err) {
        this.err = err;
    }

    /** How many inputs failed so far (folders that could not be listed included). */
    int failed() {
        return failed;
    }

    /** True for the names Dateline reads as articles: .html, .htm, .txt, each optionally .gz. */
    static boolean isArticleName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".gz")) {
            n = n.substring(0, n.length() - 3);
        }
        return n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".txt");
    }

    /** The article files of the given files and folders. */
    List<Path> articles(List<Path> given) {
        return expand(given, Inputs::isArticleName);
    }

    /**
     * Folders become the files below them whose names the filter accepts (sorted); files are
     * kept as given, whatever their name, so that a bad file is still reported rather than
     * silently skipped. A folder that cannot be listed is reported and counts as failed.
     */
    List<Path> expand(List<Path> given, Predicate<String> name) {
        List<Path> out = new ArrayList<>();
        for (Path p : given) {
            if (!Files.isDirectory(p)) {
                out.add(p);
                continue;
            }
            try (Stream<Path> walk = Files.walk(p)) {
                walk.filter(Files::isRegularFile)
                        .filter(f -> name.test(f.getFileName().toString()))
                        .sorted()
                        .forEach(out::add);
            } catch (IOException | RuntimeException e) {
                fail(p, "cannot read the folder");
            }
        }
        return out;
    }

    /**
     * Applies the work to each file on all cores, each within {@link Dateline#TIME_LIMIT}, and
     * hands the results to the sink in input order, on the calling thread. A failing file gets
     * one line on stderr; the others go on.
     */
    <T> void each(List<Path> files, FileRunner.Work<T> work, Consumer<T> sink) {
        each(files, work, result -> result, sink);
    }

    /** Like {@link #each(List, FileRunner.Work, Consumer)} for work in two steps, a few files at a time. */
    <A, T> void each(List<Path> files, FileRunner.Work<A> first, FileRunner.Then<A, T> then, Consumer<T> sink) {
        FileRunner.run(files, Runtime.getRuntime().availableProcessors(), Dateline.TIME_LIMIT, first, then,
                (file, result, failure) -> {
                    if (failure != null) {
                        fail(file, failure);
                    } else {
                        sink.accept(result);
                    }
                });
    }

    /** Runs the task on each file on all cores; a failing file gets one line on stderr. */
    void each(List<Path> files, Task task) {
        each(files, file -> {
            task.run(file);
            return file;
        }, file -> { });
    }

    private void fail(Path file, String reason) {
        err.println("dateline: " + file + ": " + reason);
        failed++;
    }
}
