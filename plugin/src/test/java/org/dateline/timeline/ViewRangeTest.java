package org.dateline.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ViewRangeTest {
    @Test
    void zoomKeepsTheAnchorInPlace() {
        ViewRange r = new ViewRange(0, 100);
        ViewRange z = r.zoom(0.5, 80);
        assertThat(z.width()).isEqualTo(50);
        // 80 was at 80% of the view and still is.
        assertThat((80 - z.from()) / z.width()).isCloseTo(0.8, within(1e-9));
    }

    @Test
    void zoomStopsAtTheNarrowestAndWidestViews() {
        assertThat(new ViewRange(0, 10).zoom(0.001, 5).width()).isEqualTo(ViewRange.MIN_WIDTH);
        assertThat(new ViewRange(0, 10).zoom(1e9, 5).width()).isEqualTo(ViewRange.MAX_WIDTH);
    }

    @Test
    void betweenAcceptsEitherOrder() {
        assertThat(ViewRange.between(30, 10)).isEqualTo(new ViewRange(10, 30));
        assertThat(ViewRange.between(10, 10.5).width()).isEqualTo(ViewRange.MIN_WIDTH);
    }
}
