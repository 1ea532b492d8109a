package org.dateline.article;

import java.io.IOException;
import java.nio.file.NoSuchFileException;

/**
 * An input that is not a readable article: empty, binary, too large. The message is the reason,
 * short enough to print after the file name on one line.
 */
public class ArticleException extends IOException {
    public ArticleException(String reason) {
        super(reason);
    }

    /**
     * The one-line reason a user sees for anything that went wrong while reading an article:
     * the message of an I/O failure, a plain word for the errors deep or huge input causes,
     * never a stack trace.
     */
    public static String reasonFor(Throwable e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof IOException) {
            return message(e);
        }
        if (e instanceof StackOverflowError) {
            return "structure nested too deeply to read";
        }
        if (e instanceof OutOfMemoryError) {
            return "too large to read in memory";
        }
        return "internal error: " + message(e);
    }

    private static String message(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
