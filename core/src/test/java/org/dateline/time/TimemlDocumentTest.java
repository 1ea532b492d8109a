package org.dateline.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimemlDocumentTest {
    static final String DOC = """
            <?xml version="1.0" ?>
            <TimeML>
            <DOCID>X1</DOCID>
            <DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>
            <TEXT>
            AT&amp;T <EVENT eid="e1">said</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-01-07">yesterday</TIMEX3> that "profits" rose.
            </TEXT>
            </TimeML>
            """;

    @Test
    void readsCreationTimeRawTextAndGoldTimexes() {
        TimemlDocument doc = TimemlDocument.parse(DOC);
        assertThat(doc.dct()).isEqualTo(LocalDate.of(1998, 1, 8));
        assertThat(doc.text()).isEqualTo("\nAT&T said yesterday that \"profits\" rose.\n");
        assertThat(doc.gold()).singleElement().satisfies(t -> {
            assertThat(t.text()).isEqualTo("yesterday");
            assertThat(doc.text().substring(t.start(), t.end())).isEqualTo("yesterday");
            assertThat(t.value()).isEqualTo("1998-01-07");
        });
    }

    @Test
    void writesTimexesIntoTheUnchangedText() {
        TimemlDocument doc = TimemlDocument.parse(DOC);
        List<Timex> found = new TemporalTagger().tag(doc.text(), doc.dct());
        String out = doc.withTimexes(found);
        assertThat(out).contains("<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-01-07\">yesterday</TIMEX3>")
                .contains("AT&amp;T said ")
                .startsWith(DOC.substring(0, DOC.indexOf("<TEXT>")))
                .endsWith("</TEXT>\n</TimeML>\n");
        TimemlDocument again = TimemlDocument.parse(out);
        assertThat(again.text()).isEqualTo(doc.text());
        assertThat(again.gold()).extracting(Timex::value).containsExactly("1998-01-07");
    }

    @Test
    void writesTheModWhenThereIsOne() {
        TimemlDocument doc = TimemlDocument.parse(DOC.replace("yesterday", "early March 2015"));
        String out = doc.withTimexes(new TemporalTagger().tag(doc.text(), doc.dct()));
        assertThat(out).contains("value=\"2015-03\" mod=\"START\">early March 2015</TIMEX3>");
    }

    @Test
    void badDocumentsGiveAReason() {
        assertThatThrownBy(() -> TimemlDocument.parse("<TimeML><TEXT>x</TEXT></TimeML>"))
                .hasMessage("no DCT element");
        assertThatThrownBy(() -> TimemlDocument.parse("<DCT>soon</DCT><TEXT>x</TEXT>"))
                .hasMessage("DCT is not a date: soon");
        assertThatThrownBy(() -> TimemlDocument.parse("<DCT>19980108</DCT>"))
                .hasMessage("no TEXT element");
        assertThatThrownBy(() -> TimemlDocument.parse("<DCT>19981308</DCT><TEXT>x</TEXT>"))
                .hasMessage("DCT is not a date: 19981308");
        assertThatThrownBy(() -> TimemlDocument.parse("<DCT>19980108</DCT><TEXT>a &bogus; b</TEXT>"))
                .hasMessage("unknown entity &bogus;");
    }
}
