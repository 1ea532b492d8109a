package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimemlCommandTest {
    private static final String DOC = """
            <TimeML>
            <DCT><TIMEX3 tid="t0" type="DATE" value="2022-02-17">20220217</TIMEX3></DCT>
            <TEXT>Russia's envoy said on Tuesday that talks resume next week.</TEXT>
            </TimeML>
            """;

    @TempDir
    Path dir;

    private static int run(ByteArrayOutputStream err, String... args) {
        PrintStream oldErr = System.err;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            return Main.run(args);
        } finally {
            System.setErr(oldErr);
        }
    }

    @Test
    void neverOverwritesItsInputAndReadsFolders() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.tml"), DOC);
        Files.write(in.resolve("b.tml"), new byte[]{(byte) 0xC3, 0x28, 0, 1, 2});
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertThat(run(err, "timeml", "--out", in.toString(), in.resolve("a.tml").toString())).isEqualTo(1);
        assertThat(Files.readString(in.resolve("a.tml"))).isEqualTo(DOC);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("would overwrite the input");

        ByteArrayOutputStream err2 = new ByteArrayOutputStream();
        Path out = dir.resolve("out");
        assertThat(run(err2, "timeml", "--out", out.toString(), in.toString())).isEqualTo(1);
        assertThat(Files.readString(out.resolve("a.tml"))).contains("<TIMEX3 tid=\"t1\"");
        assertThat(err2.toString(StandardCharsets.UTF_8).lines())
                .containsExactly("dateline: " + in.resolve("b.tml") + ": not UTF-8 text");
    }

    @Test
    void writesEachDocumentWithItsTimexesAndReportsBadOnes() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("good.tml"), DOC);
        Files.writeString(in.resolve("bad.tml"), "<TimeML><TEXT>no creation time</TEXT></TimeML>");
        Path out = dir.resolve("out");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream oldErr = System.err;
        int code;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            code = Main.run("timeml", "--out", out.toString(), in.resolve("bad.tml").toString(),
                    in.resolve("good.tml").toString(), in.resolve("missing.tml").toString());
        } finally {
            System.setErr(oldErr);
        }
        assertThat(code).isEqualTo(1);
        String written = Files.readString(out.resolve("good.tml"));
        assertThat(written).contains("said on <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2022-02-15\">Tuesday</TIMEX3>")
                .contains("resume <TIMEX3 tid=\"t2\" type=\"DATE\" value=\"2022-W08\">next week</TIMEX3>.");
        assertThat(written.replaceAll("<TIMEX3[^>]*>|</TIMEX3>", "")
                .replaceAll("<DCT>.*</DCT>", "")).isEqualTo(DOC.replaceAll("<DCT>.*</DCT>", ""));
        assertThat(Files.exists(out.resolve("bad.tml"))).isFalse();
        assertThat(err.toString(StandardCharsets.UTF_8).lines())
                .containsExactly("dateline: " + in.resolve("bad.tml") + ": not TimeML: no DCT element",
                        "dateline: " + in.resolve("missing.tml") + ": no such file");
    }
}
