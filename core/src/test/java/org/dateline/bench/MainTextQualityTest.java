package org.dateline.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dateline.SharedData;
import org.dateline.article.ArticleLoader;
import org.junit.jupiter.api.Test;

/**
 * Guards the main-text extractor's quality on the article-extraction-benchmark (181 real pages,
 * in ../shared; skipped when absent). The side-by-side figures come from {@link MainTextBenchmark}.
 */
class MainTextQualityTest {
    @Test
    void aheadOfTrafilaturaOnTheBenchmark() throws IOException {
        Optional<Path> data = SharedData.find("data/article-extraction-benchmark");
        assumeTrue(data.isPresent(), "../shared/data/article-extraction-benchmark not found");
        JsonObject truth = JsonParser.parseString(Files.readString(data.get().resolve("ground-truth.json")))
                .getAsJsonObject();
        List<ShingleMetric.PageScore> scores = new ArrayList<>();
        for (String id : truth.keySet()) {
            Path page = data.get().resolve("html").resolve(id + ".html.gz");
            String text = ArticleLoader.load(page).text();
            scores.add(ShingleMetric.score(text, truth.getAsJsonObject(id).get("articleBody").getAsString()));
        }
        assertThat(scores).hasSize(181);
        // trafilatura 2.0.0 scores 0.958 on these pages.
        assertThat(ShingleMetric.summarise(scores).f1()).isGreaterThanOrEqualTo(0.96);
    }
}
