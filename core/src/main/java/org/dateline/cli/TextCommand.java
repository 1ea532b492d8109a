package org.dateline.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "text", mixinStandardHelpOptions = true, description = "Print the main text of articles (A).")
final class TextCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("dateline: text: not built yet");
        return 2;
    }
}
