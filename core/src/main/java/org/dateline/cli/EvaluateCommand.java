package org.dateline.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "evaluate", mixinStandardHelpOptions = true, description = "Score against gold (D).")
final class EvaluateCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("dateline: evaluate: not built yet");
        return 2;
    }
}
