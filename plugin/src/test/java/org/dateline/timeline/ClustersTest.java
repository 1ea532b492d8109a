package org.dateline.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClustersTest {
    @Test
    void stepIsAPowerOfTwoDays() {
        assertThat(Clusters.step(0.3)).isEqualTo(1);
        assertThat(Clusters.step(1)).isEqualTo(1);
        assertThat(Clusters.step(3)).isEqualTo(4);
        assertThat(Clusters.step(100)).isEqualTo(128);
    }

    @Test
    void sameDaySameLaneEventsFormOneClusterThatSplitsAsYouZoom() {
        TimelineModel m = Events.model(List.of(TimelineModelTest.RECOGNITION));
        Lane russia = m.index().lanes().get(0);
        int feb21 = (int) LocalDate.of(2022, 2, 21).toEpochDay();
        List<int[]> daily = clusters(russia, feb21 - 10, feb21 + 10, 1);
        // 21 Feb alone, then the two events of 24 Feb together.
        assertThat(daily).hasSize(2);
        assertThat(daily.get(1)[1] - daily.get(1)[0]).isEqualTo(2);
        assertThat(daily.get(1)[2]).isEqualTo(feb21 + 3);
        // Zoomed far out, all three share one grid cell.
        assertThat(clusters(russia, feb21 - 1000, feb21 + 1000, 256)).hasSize(1);
    }

    private static List<int[]> clusters(Lane lane, double from, double to, int step) {
        List<int[]> out = new ArrayList<>();
        Clusters.visit(lane, from, to, step, (f, t, first, last) -> out.add(new int[] {f, t, first, last}));
        return out;
    }
}
