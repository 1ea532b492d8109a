package org.dateline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dateline.article.Article;
import org.dateline.Dateline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code text [--out DIR] FILE|DIR...}: the main text Dateline reads events from. */
@Command(name = "text", mixinStandardHelpOptions = true,
        description = "Print the main text of articles (HTML, .txt, .gz; folders are read recursively): "
                + "paragraphs separated by blank lines, no markup.")
final class TextCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Write DIR/<name>.txt per article instead of printing (<name>: the file name "
                    + "without .html, .htm, .txt and .gz).")
    Path out;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Articles or folders of articles.")
    List<Path> files;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        if (out != null) {
            try {
                Files.createDirectories(out);
            } catch (IOException e) {
                err.println("dateline: " + out + ": cannot create folder");
                return 1;
            }
        }
        Inputs inputs = new Inputs(err);
        boolean[] first = {true};
        inputs.each(inputs.articles(files), file -> {
            Article article = Dateline.read(file);
            if (out != null) {
                write(out.resolve(baseName(file) + ".txt"), article.text());
            }
            return article.text();
        }, text -> {
            if (out == null) {
                if (!first[0]) {
                    stdout.println(); // a blank line between articles
                }
                stdout.println(text);
                first[0] = false;
            }
        });
        stdout.flush();
        return inputs.failed() == 0 ? 0 : 1;
    }

    private static void write(Path target, String text) throws IOException {
        try {
            Files.writeString(target, text + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IOException("cannot write " + target, e);
        }
    }

    /** "a/b/page.html.gz" becomes "page". */
    static String baseName(Path file) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
            lower = lower.substring(0, lower.length() - 3);
        }
        for (String ext : List.of(".html", ".htm", ".txt")) {
            if (lower.endsWith(ext)) {
                return name.substring(0, name.length() - ext.length());
            }
        }
        return name;
    }
}
