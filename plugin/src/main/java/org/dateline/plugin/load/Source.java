package org.dateline.plugin.load;

import java.io.IOException;
import java.nio.file.Path;
import org.dateline.ArticleEvents;
import org.dateline.Dateline;

/**
 * Something to open: a name for the articles list and how to read it.
 *
 * @param name   the file name or address shown to the user
 * @param reader reads it; a failure's message is the reason shown
 */
public record Source(String name, Reader reader) {
    @FunctionalInterface
    public interface Reader {
        ArticleEvents read() throws IOException;
    }

    /** A saved article: HTML, text, gzipped or not. */
    public static Source file(Path file) {
        Path name = file.getFileName();
        return new Source(name == null ? file.toString() : name.toString(), () -> Dateline.extract(file));
    }

    /** A source that can only fail, for an input that could not even be listed. */
    public static Source failing(String name, String reason) {
        return new Source(name, () -> {
            throw new IOException(reason);
        });
    }
}
