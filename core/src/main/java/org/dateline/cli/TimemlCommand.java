package org.dateline.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "timeml", mixinStandardHelpOptions = true, description = "Tag TimeML documents (B).")
final class TimemlCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("dateline: timeml: not built yet");
        return 2;
    }
}
