package org.dateline.eval;

import java.io.IOException;

/** A gold file that cannot be used; the message is the one-line reason. */
public class GoldException extends IOException {
    public GoldException(String reason) {
        super(reason);
    }
}
