package org.dateline.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the scripting examples of samples/scripts as a user would, in real jshell and java
 * processes against the packaged core jar, so that they never rot.
 */
class ScriptsTest {
    // Working directory of the module's tests is samples/; in a reactor build core is packaged first.
    // -Ddateline.core.jar=... runs the scripts against another build of core.
    static final Path CORE_JAR = Path.of(System.getProperty("dateline.core.jar", "../core/target/dateline-core.jar"))
            .toAbsolutePath().normalize();
    static final Path SCRIPTS = Path.of("scripts").toAbsolutePath();
    static final Path BIN = Path.of(System.getProperty("java.home"), "bin");

    // The sanctions sentence holds a comma and quotes, so its CSV field must be quoted.
    static final String SANCTIONS_TEXT = """
            EU widens sanctions

            By Jane Doe | 23 February 2022

            The European Union imposed sanctions on Russia on Tuesday, targeting the 351 \
            lawmakers who voted for what Brussels called an "illegal" recognition.

            Sign up for our morning briefing and get the day's news first.
            """;
    static final String TALKS_PAGE = """
            <!DOCTYPE html><html><head><meta charset="utf-8">
            <meta property="article:published_time" content="2025-05-16T18:00:00Z">
            <title>Talks in Istanbul</title></head><body>
            <nav><a href="/">Home</a> <a href="/world">World</a></nav>
            <article><h1>Talks in Istanbul</h1>
            <p>Russian and Ukrainian delegations met in Istanbul on Friday for their first direct talks since 2022.</p>
            <p>The two sides agreed to exchange 1,000 prisoners each, Ukraine's defence minister said.</p>
            </article>
            <aside><h2>More stories</h2><a href="/x">Russia expels five diplomats</a></aside>
            </body></html>
            """;

    @TempDir
    static Path work;
    static Path folder;

    @BeforeAll
    static void articles() throws IOException {
        folder = Files.createDirectory(work.resolve("articles"));
        Files.writeString(folder.resolve("2022-02-23-eu-sanctions.txt"), SANCTIONS_TEXT);
        Files.writeString(folder.resolve("2025-05-16-istanbul.html"), TALKS_PAGE);
    }

    @Test
    void sanctionsScriptPrintsATableOfTheSanctionsEvents() throws Exception {
        assumeTrue(Files.isRegularFile(CORE_JAR), "core jar not built: " + CORE_JAR);
        Run run = run(List.of(BIN.resolve("jshell").toString(),
                "--class-path", CORE_JAR.toString(),
                "-R-Ddateline.dir=" + folder,
                // keeps jshell's preference store out of the user's home
                "-J-Djava.util.prefs.userRoot=" + work.resolve("prefs"),
                SCRIPTS.resolve("sanctions.jsh").toString()));

        assertThat(run.exit).as(run.describe()).isZero();
        // jshell reports a broken snippet and carries on, so look for its error marker
        assertThat(run.out + run.err).as(run.describe()).doesNotContain("|  Error:").doesNotContain("Exception");
        List<String> lines = run.out.lines().toList();
        assertThat(lines.get(0)).as(run.describe()).matches("date\\s+code\\s+source\\s+target\\s+modality\\s+sentence");
        String summary = lines.get(lines.size() - 1);
        assertThat(summary).matches("\\d+ sanctions events in 2 articles from .*");

        assumeTrue(!summary.startsWith("0 "), "the extractor finds no events yet");
        assertThat(lines.subList(1, lines.size() - 1))
                .anySatisfy(row -> assertThat(row)
                        .matches("2022-02-22\\s+163\\s+EU\\s+RUS\\s+asserted\\s+The European Union imposed sanctions.*"));
        assertThat(run.out).doesNotContain("expels five diplomats");
    }

    @Test
    void extractToCsvWritesOneQuotedRecordPerEvent() throws Exception {
        assumeTrue(Files.isRegularFile(CORE_JAR), "core jar not built: " + CORE_JAR);
        Path csv = work.resolve("events.csv");
        Run run = run(List.of(BIN.resolve("java").toString(), "-cp", CORE_JAR.toString(),
                SCRIPTS.resolve("ExtractToCsv.java").toString(), folder.toString(), csv.toString()));

        assertThat(run.exit).as(run.describe()).isZero();
        assertThat(run.err).as(run.describe()).containsPattern("\\d+ events from 2 articles");
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("article,published,date,end,date_source,cameo,label,root,"
                + "source,source_name,target,target_name,modality,trigger,sentence\r\n");
        assertThat(text).endsWith("\r\n");
        List<List<String>> records = parseCsv(text);
        assertThat(records).allSatisfy(r -> assertThat(r).hasSize(15));

        List<List<String>> events = records.subList(1, records.size());
        assumeTrue(!events.isEmpty(), "the extractor finds no events yet");
        assertThat(events).allSatisfy(r -> {
            assertThat(r.get(0)).isIn("2022-02-23-eu-sanctions.txt", "2025-05-16-istanbul.html");
            assertThat(r.get(5)).matches("\\d{3,4}");
            assertThat(r.get(7)).isEqualTo(r.get(5).substring(0, 2));
            assertThat(r.get(14)).doesNotContain("Sign up").doesNotContain("expels five diplomats");
        });
        // The sanctions sentence survives the round trip through quoting, comma and quotes included.
        assertThat(events).anySatisfy(r -> {
            assertThat(r.get(0)).isEqualTo("2022-02-23-eu-sanctions.txt");
            assertThat(r.get(1)).isEqualTo("2022-02-23");
            assertThat(r.get(2)).isEqualTo("2022-02-22");
            assertThat(r.get(5)).isEqualTo("163");
            assertThat(r.get(8)).isEqualTo("EU");
            assertThat(r.get(10)).isEqualTo("RUS");
            assertThat(r.get(14)).startsWith("The European Union imposed sanctions on Russia on Tuesday, targeting")
                    .contains("\"illegal\"");
        });
        assertThat(text).contains("\"\"illegal\"\"");
    }

    @Test
    void extractToCsvRejectsAMissingFolderInOneLine() throws Exception {
        assumeTrue(Files.isRegularFile(CORE_JAR), "core jar not built: " + CORE_JAR);
        Run run = run(List.of(BIN.resolve("java").toString(), "-cp", CORE_JAR.toString(),
                SCRIPTS.resolve("ExtractToCsv.java").toString(), folder.resolve("nowhere").toString()));

        assertThat(run.exit).isEqualTo(2);
        assertThat(run.err.strip()).startsWith("not a folder: ").doesNotContain("\n").doesNotContain("Exception");
    }

    /** A strict RFC 4180 reader, so the test checks the quoting rather than trusting it. */
    static List<List<String>> parseCsv(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"' && field.length() == 0) {
                i++;
                while (true) {
                    char q = text.charAt(i++);
                    if (q == '"') {
                        if (i < text.length() && text.charAt(i) == '"') {
                            field.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        field.append(q);
                    }
                }
                char next = text.charAt(i);
                assertThat(next).as("after a closing quote at %d", i).isIn(',', '\r');
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
                i++;
            } else if (c == '\r') {
                assertThat(text.charAt(i + 1)).as("CR must start CRLF at %d", i).isEqualTo('\n');
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i += 2;
            } else {
                assertThat(c).as("bare quote or line break in an unquoted field at %d", i).isNotIn('"', '\n');
                field.append(c);
                i++;
            }
        }
        assertThat(record).as("last record ends with CRLF").isEmpty();
        return records;
    }

    record Run(int exit, String out, String err) {
        String describe() {
            return "exit " + exit + "\nstdout:\n" + out + "\nstderr:\n" + err;
        }
    }

    static Run run(List<String> command) throws IOException, InterruptedException {
        Path out = Files.createTempFile(work, "out", ".txt");
        Path err = Files.createTempFile(work, "err", ".txt");
        Process p = new ProcessBuilder(command)
                .directory(work.toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        p.getOutputStream().close(); // no input: jshell must end on the script's /exit
        // a guard against a hung child, not a speed check
        if (!p.waitFor(3, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("gave up on " + command);
        }
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }
}
