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
