package org.dateline.plugin.eclipse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Program arguments of the Dateline application, after Eclipse's own:
 * {@code -dateline.open PATH} (repeatable; a folder opens its articles),
 * {@code -dateline.screenshot FILE.png} (take it once the view is up, then exit),
 * {@code -dateline.marker FILE} (written when the view came up), {@code -dateline.timeout S},
 * {@code -dateline.settle S} (seconds to let the panel paint, once it read every article, before the shot).
 * Unknown arguments belong to Eclipse and are ignored.
 */
record RunOptions(List<Path> open, Path screenshot, Path marker, int timeoutSeconds, int settleSeconds) {

    static RunOptions parse(String[] args) {
        List<Path> open = new ArrayList<>();
        Path screenshot = null;
        Path marker = null;
        int timeout = 120;
        int settle = 2;
        for (int i = 0; args != null && i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "-dateline.open" -> open.add(Path.of(required(args[i], value)));
                case "-dateline.screenshot" -> screenshot = Path.of(required(args[i], value));
                case "-dateline.marker" -> marker = Path.of(required(args[i], value));
                case "-dateline.timeout" -> timeout = seconds(args[i], required(args[i], value));
                case "-dateline.settle" -> settle = seconds(args[i], required(args[i], value));
                default -> {
                    continue;
                }
            }
            i++;
        }
        return new RunOptions(List.copyOf(open), screenshot, marker, timeout, settle);
    }

    /** True for the scripted proof run: take the screenshot, then close the workbench. */
    boolean scripted() {
        return screenshot != null;
    }

    /** The article files named by -dateline.open; folders give their article files, sorted. */
    List<Path> articleFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path path : open) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).filter(ArticleFiles::hasArticleExtension).sorted().forEach(files::add);
                }
            } else if (ArticleFiles.hasArticleExtension(path)) {
                files.add(path);
            }
        }
        return files;
    }

    private static String required(String option, String value) {
        if (value == null) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return value;
    }

    private static int seconds(String option, String value) {
        try {
            int seconds = Integer.parseInt(value);
            if (seconds >= 0) {
                return seconds;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(option + " needs a number of seconds, not '" + value + "'");
    }
}
