package org.dateline.article;

import java.io.IOException;

/**
 * An input that is not a readable article: empty, binary, too large. The message is the reason,
 * short enough to print after the file name on one line.
 */
public class ArticleException extends IOException {
    public ArticleException(String reason) {
        super(reason);
    }
}
