package org.dateline.plugin.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.List;
import org.dateline.timeline.ViewRange;
import org.jfree.chart.axis.DateTick;
import org.junit.jupiter.api.Test;

/** The ruler stays readable at every zoom: years, then months, then days, labels never touching. */
class TimeAxisTest {
    private final BufferedImage image = new BufferedImage(1200, 400, BufferedImage.TYPE_INT_RGB);
    private final Graphics2D g = image.createGraphics();

    private List<DateTick> ticks(String from, String to) {
        ViewRange r = new ViewRange(LocalDate.parse(from).toEpochDay(), LocalDate.parse(to).toEpochDay());
        TimelineFrame f = new TimelineFrame(new Rectangle2D.Double(200, 50, 980, 300), r, 30, 10);
        @SuppressWarnings("unchecked")
        List<DateTick> ticks = (List<DateTick>) new TimeAxis().ticks(g, f);
        return ticks;
    }

    private void assertReadable(List<DateTick> ticks, double pixelsPerDay) {
        FontMetrics fm = g.getFontMetrics(TimelinePainter.SMALL_FONT);
        assertThat(ticks).hasSizeBetween(3, 40);
        for (int i = 1; i < ticks.size(); i++) {
            double gap = (ticks.get(i).getValue() - ticks.get(i - 1).getValue()) / 86_400_000.0 * pixelsPerDay;
            assertThat(gap).isGreaterThan(fm.stringWidth(ticks.get(i - 1).getText()) + 4);
        }
    }

    @Test
    void yearsWhenTheWholeConflictIsShown() {
        List<DateTick> t = ticks("2014-01-01", "2025-01-01");
        assertThat(t).extracting(DateTick::getText).contains("2014", "2022");
        assertReadable(t, 980 / (11 * 365.25));
    }

    @Test
    void monthsWithinAYear() {
        List<DateTick> t = ticks("2022-01-01", "2022-12-31");
        assertThat(t).extracting(DateTick::getText).allMatch(s -> s.matches("[A-Z][a-z]{2}-2022"));
        assertReadable(t, 980 / 364.0);
    }

    @Test
    void daysWithinAFortnight() {
        List<DateTick> t = ticks("2022-02-20", "2022-03-06");
        assertThat(t).extracting(DateTick::getText).contains("24-Feb");
        assertReadable(t, 980 / 14.0);
    }
}
