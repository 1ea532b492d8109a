package org.dateline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds {@code ../shared} (evaluation data, read in place, never copied into the repository):
 * the system property {@code dateline.shared}, else the folder {@code shared} beside the
 * checkout that holds the working directory. Tests that need it skip when it is absent.
 */
public final class SharedData {
    private SharedData() {
    }

    /** The shared folder's sub-path, when it exists. */
    public static Optional<Path> find(String relative) {
        String property = System.getProperty("dateline.shared");
        if (property != null) {
            Path p = Path.of(property).resolve(relative);
            return Files.exists(p) ? Optional.of(p) : Optional.empty();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(".ci")) && Files.exists(dir.resolve("pom.xml"))) {
                Path p = dir.resolveSibling("shared").resolve(relative);
                return Files.exists(p) ? Optional.of(p) : Optional.empty();
            }
        }
        return Optional.empty();
    }
}
