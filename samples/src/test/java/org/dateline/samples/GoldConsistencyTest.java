package org.dateline.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dateline.eval.GoldArticle;
import org.dateline.eval.GoldEvent;
import org.dateline.eval.GoldReader;
import org.dateline.text.Sentence;
import org.dateline.text.SentenceSplitter;
import org.junit.jupiter.api.Test;

/**
 * The annotation rule that keeps gold honest: a must-not sentence is one in which nothing
 * asserted happens, so no gold event's evidence may share a sentence with a must-not fragment.
 */
class GoldConsistencyTest {
    @Test
    void noMustNotSentenceHoldsAGoldEvent() throws IOException {
        List<String> clashes = new ArrayList<>();
        SentenceSplitter splitter = new SentenceSplitter();
        for (Path goldFile : GoldFilesTest.goldFiles()) {
            GoldArticle gold = GoldReader.read(goldFile);
            Path article = GoldFilesTest.ARTICLES.resolve(gold.article());
            String text = GoldFilesTest.mainText(article);
            for (Sentence s : splitter.split(text)) {
                String sentence = normalise(s.text());
                for (String fragment : gold.mustNot()) {
                    if (!sentence.contains(normalise(fragment))) {
                        continue;
                    }
                    for (GoldEvent e : gold.events()) {
                        if (e.evidence() != null && sentence.contains(normalise(e.evidence()))) {
                            clashes.add(gold.article() + ": must-not \"" + fragment + "\" shares a sentence with \""
                                    + e.evidence() + "\"");
                        }
                    }
                }
            }
        }
        assertThat(clashes).isEmpty();
    }

    private static String normalise(String s) {
        return s.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT).strip();
    }
}
