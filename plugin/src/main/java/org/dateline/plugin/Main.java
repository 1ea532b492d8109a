package org.dateline.plugin;

import java.awt.GraphicsEnvironment;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import javax.swing.SwingUtilities;
import org.dateline.plugin.export.ExportCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code java -jar plugin/target/dateline.jar [FILE|DIR ...]} opens the window (on the bundled
 * samples when no file is given); {@code ... export --out FILE ...} draws without a display.
 */
@Command(name = "dateline.jar", mixinStandardHelpOptions = true, version = "Dateline 0.1.0",
        description = "The Dateline timeline window. With no FILE it opens the bundled sample articles.",
        subcommands = {ExportCommand.class, ScreenshotCommand.class})
public final class Main implements Callable<Integer> {
    /** Returned when the window is up: the JVM lives on until it is closed. */
    static final int WINDOW_OPEN = -1;

    @Parameters(arity = "0..*", paramLabel = "FILE|DIR", description = "articles, or folders of articles")
    List<Path> files = new ArrayList<>();

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("export")) {
            System.setProperty("java.awt.headless", "true");
        }
        int code = run(args);
        if (code != WINDOW_OPEN) {
            System.exit(code);
        }
    }

    /** Runs a command line and returns its exit code, or {@link #WINDOW_OPEN}. */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler((ex, line, parsed) -> {
            line.getErr().println("dateline: " + (ex.getMessage() == null ? ex : ex.getMessage()));
            return 2;
        });
        return cli.execute(args);
    }

    @Override
    public Integer call() {
        if (GraphicsEnvironment.isHeadless()) {
            System.err.println("dateline: no display to open the window on; to draw the timeline into a file, run: "
                    + "java -jar dateline.jar export --out timeline.png FILE|DIR ...");
            return 3;
        }
        List<Path> chosen = List.copyOf(files);
        SwingUtilities.invokeLater(() -> DatelineWindow.open(chosen, null));
        return WINDOW_OPEN;
    }
}
