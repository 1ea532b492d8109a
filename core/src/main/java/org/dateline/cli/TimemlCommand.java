package org.dateline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dateline.time.TemporalTagger;
import org.dateline.time.TimemlDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code timeml --out DIR FILE|DIR...}: TimeML documents in, the same with Dateline's TIMEX3 out. */
@Command(name = "timeml", mixinStandardHelpOptions = true,
        description = "Tag TimeML documents as TempEval-3 distributes them (DCT and TEXT elements): "
                + "each is written to DIR under the same name with the TIMEX3 Dateline finds "
                + "inserted into TEXT (any markup TEXT had is replaced); the text is unchanged. "
                + "Folders are read for *.tml files.")
final class TimemlCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
    Path out;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "TimeML documents or folders.")
    List<Path> files;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            err.println("dateline: " + out + ": cannot create the output folder");
            return 1;
        }
        TemporalTagger tagger = TemporalTagger.standard();
        Inputs inputs = new Inputs(err);
        inputs.each(inputs.expand(files, name -> name.endsWith(".tml")), file -> tag(tagger, file));
        return inputs.failed() == 0 ? 0 : 1;
    }

    private void tag(TemporalTagger tagger, Path file) throws IOException {
        Path target = out.resolve(file.getFileName().toString());
        if (Files.exists(target) && Files.isSameFile(target, file)) {
            throw new IOException("would overwrite the input: choose another --out");
        }
        TimemlDocument doc;
        try {
            doc = TimemlDocument.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new IOException("not TimeML: " + e.getMessage(), e);
        } catch (CharacterCodingException e) {
            throw new IOException("not UTF-8 text", e);
        }
        Files.writeString(target, doc.withTimexes(tagger.tag(doc.text(), doc.dct())), StandardCharsets.UTF_8);
    }
}
