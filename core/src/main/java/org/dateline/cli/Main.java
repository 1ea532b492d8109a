package org.dateline.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar dateline-core.jar <command> ...} */
@Command(name = "dateline", mixinStandardHelpOptions = true, version = "Dateline 0.1.0",
        description = "News articles in, a dated timeline of who did what to whom out.",
        subcommands = {ExtractCommand.class, TextCommand.class, TimemlCommand.class,
                EvaluateCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code (for tests and embedding). */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        // A user sees one line per problem, never a stack trace.
        cli.setExecutionExceptionHandler((ex, line, parsed) -> {
            line.getErr().println("dateline: " + (ex.getMessage() == null ? ex : ex.getMessage()));
            return 2;
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
