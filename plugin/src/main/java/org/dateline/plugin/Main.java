package org.dateline.plugin;

/** {@code java -jar plugin/target/dateline.jar [FILE|DIR ...]} */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.err.println("dateline: the window is not built yet");
        System.exit(2);
    }
}
