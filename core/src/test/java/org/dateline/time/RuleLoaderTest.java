package org.dateline.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleLoaderTest {
    private static final Tables TABLES = Tables.load("/org/dateline/time/tables.txt");

    private static List<Rule> read(String rules) throws Exception {
        return new RuleLoader(TABLES).read("test.rules", new BufferedReader(new StringReader(rules)));
    }

    private static final String GOOD = """
            # a comment
            rule date.test
            type DATE
            match (?<month>%month)\\s+(?<year>%year)
            value {year}-{month}
            example In March 2014. | March 2014 | 2014-03
            """;

    @Test
    void readsARule() throws Exception {
        Rule rule = read(GOOD).get(0);
        assertThat(rule.id()).isEqualTo("date.test");
        assertThat(rule.groups()).containsExactly("month", "year");
        assertThat(rule.line()).isEqualTo(2);
        assertThat(rule.examples()).hasSize(1);
    }

    @Test
    void badRulesAreReportedWithFileLineAndReason() {
        assertBad(GOOD.replace("type DATE", "type DAY"), 3, "unknown type 'DAY'");
        assertBad(GOOD.replace("\\s+(?<year>", "\\s+((?<year>"), 4, "bad pattern");
        assertBad(GOOD.replace("%month", "%moon"), 4, "unknown table or macro %moon");
        assertBad(GOOD.replace("{year}-{month}", "{year}-{day}"), 5, "no part named day");
        assertBad(GOOD.replace("{year}-{month}", "{shift(year)}"), 5, "shift() takes 2 arguments");
        assertBad(GOOD.replace("{year}-{month}", "{year"), 5, "unclosed {");
        assertBad(GOOD.replace("example In March 2014. | March 2014 | 2014-03\n", ""), 2, "no 'example'");
        assertBad(GOOD.replace("| 2014-03", ""), 6, "expected 'example SENTENCE | EXTENT | VALUE'");
        assertBad(GOOD.replace("type DATE", "kind DATE"), 3, "unknown key 'kind'");
        assertBad(GOOD + GOOD, 8, "rule date.test defined twice");
        assertBad("type DATE\n", 1, "before the first 'rule ID' line");
        assertBad(GOOD.replace("match (", "match (?<=in\\s)("), 4, "no lookbehind");
    }

    private static void assertBad(String rules, int line, String reason) {
        assertThatThrownBy(() -> read(rules))
                .isInstanceOf(RuleException.class)
                .hasMessageStartingWith("test.rules:" + line + ": ")
                .hasMessageContaining(reason)
                .satisfies(e -> assertThat(((RuleException) e).line()).isEqualTo(line));
    }
}
