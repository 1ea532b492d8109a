package org.dateline.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PartsTest {
    private static final Tables TABLES = Tables.load("/org/dateline/time/tables.txt");

    @Test
    void aPartIsNormalisedByItsBaseName() {
        Parts parts = new Parts(List.of("month2", "year", "day", "num", "hour", "label"), TABLES);
        assertThat(parts.normalise(0, "March", TABLES)).isEqualTo("03");
        assertThat(parts.normalise(1, "'89", TABLES)).isEqualTo("1989");
        assertThat(parts.normalise(2, "fifth", TABLES)).isEqualTo("05");
        assertThat(parts.normalise(3, "twenty-four", TABLES)).isEqualTo("24");
        assertThat(parts.normalise(4, "7", TABLES)).isEqualTo("07");
        assertThat(parts.normalise(5, " as it is ", TABLES)).isEqualTo("as it is");
        assertThat(parts.indexOf("num")).isEqualTo(3);
        assertThat(parts.indexOf("minute")).isEqualTo(-1);
    }

    @Test
    void functionsAreCheckedByNameAndArity() {
        assertThat(TemplateFunction.checked("shift", List.of("day", "-1"))).isEqualTo(TemplateFunction.SHIFT);
        assertThat(TemplateFunction.checked("weekend", List.of(""))).isEqualTo(TemplateFunction.WEEKEND);
        assertThatThrownBy(() -> TemplateFunction.checked("shift", List.of("day")))
                .hasMessage("shift() takes 2 arguments");
        assertThatThrownBy(() -> TemplateFunction.checked("someday", List.of("day")))
                .hasMessageStartingWith("unknown function someday()");
    }

    @Test
    void argumentsAreResolvedOnce() {
        List<String> groups = List.of("num", "unit");
        Template.Arg minusNum = Template.Arg.of("-num", groups);
        assertThat(minusNum.negated()).isTrue();
        assertThat(minusNum.signed()).isEqualTo(0);
        assertThat(minusNum.number()).isNull();
        assertThat(Template.Arg.of("-1", groups).number()).isEqualTo(-1L);
        assertThat(Template.Arg.of("day", groups).unit()).isEqualTo(Unit.DAY);
        assertThat(Template.Arg.of("unit", groups).part()).isEqualTo(1);
        assertThat(Template.Arg.of("X", groups).digitsOrX()).isTrue();
    }
}
