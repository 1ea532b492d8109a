package org.dateline.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TablesTest {
    private static Tables read(String text) {
        return Tables.read("test.txt", new StringReader(text));
    }

    @Test
    void tablesNormaliseFormsAndBecomeMacros() {
        Tables t = read("""
                table month case-sensitive
                03: March, Mar.
                05: May
                macro when (?:%month)\\s+\\d+
                """);
        assertThat(t.lookup("month", "mar.")).isEqualTo("03");
        assertThat(t.lookup("month", "MAY")).isEqualTo("05");
        Pattern p = Pattern.compile(t.expand("%when"), Pattern.CASE_INSENSITIVE);
        assertThat(p.matcher("March 5").matches()).isTrue();
        assertThat(p.matcher("Mar. 5").matches()).isTrue();
        assertThat(p.matcher("may 5").matches()).as("case-sensitive table").isFalse();
    }

    @Test
    void badLinesAreReportedWithFileLineAndReason() {
        assertThatThrownBy(() -> read("03: March\n")).isInstanceOf(RuleException.class)
                .hasMessage("test.txt:1: expected 'VALUE: form, form' inside a table");
        assertThatThrownBy(() -> read("table a\n1: x\ntable a\n"))
                .hasMessage("test.txt:3: table a defined twice");
        assertThatThrownBy(() -> read("table a\n1: x\n2: x\n"))
                .hasMessage("test.txt:3: 'x' already means 1");
        assertThatThrownBy(() -> read("macro m (?:%nothing)\n"))
                .hasMessageStartingWith("test.txt:1: ").hasMessageContaining("%nothing");
        assertThatThrownBy(() -> read("table a loud\n"))
                .hasMessage("test.txt:1: expected 'table NAME [case-sensitive]'");
    }
}
