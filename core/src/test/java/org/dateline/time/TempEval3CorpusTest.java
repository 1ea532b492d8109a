package org.dateline.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.dateline.SharedData;
import org.junit.jupiter.api.Test;

/** On the TempEval-3 training corpora (../shared, skipped when absent). */
class TempEval3CorpusTest {
    @Test
    void everyDocumentReadsTagsAndWritesBackItsOwnText() throws Exception {
        Optional<Path> data = SharedData.find("data/tempeval3");
        assumeTrue(data.isPresent(), "../shared/data/tempeval3 is absent");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(data.get())) {
            files = walk.filter(p -> p.toString().endsWith(".tml")).toList();
        }
        assertThat(files).hasSize(256);
        TemporalTagger tagger = new TemporalTagger();
        int gold = 0;
        for (Path f : files) {
            TimemlDocument doc = TimemlDocument.parse(Files.readString(f));
            gold += doc.gold().size();
            List<Timex> found = tagger.tag(doc.text(), doc.dct());
            for (Timex t : found) {
                assertThat(doc.text().substring(t.start(), t.end())).isEqualTo(t.text());
            }
            TimemlDocument back = TimemlDocument.parse(doc.withTimexes(found));
            assertThat(back.text()).as(f.toString()).isEqualTo(doc.text());
            assertThat(back.gold()).hasSize(found.size());
        }
        assertThat(gold).isEqualTo(1822);
    }
}
