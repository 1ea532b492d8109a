package org.dateline.time;

/** A rule or table that cannot be used, reported with its file, line and reason. */
public final class RuleException extends RuntimeException {
    private final String file;
    private final int line;

    RuleException(String file, int line, String reason) {
        super(file + ":" + line + ": " + reason);
        this.file = file;
        this.line = line;
    }

    /** The resource file that holds the bad rule. */
    public String file() {
        return file;
    }

    /** The line of the bad rule, counted from 1. */
    public int line() {
        return line;
    }
}
