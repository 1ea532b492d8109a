package org.dateline.plugin.chart;

import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.ui.RectangleEdge;

/**
 * The time ruler above the lanes: JFreeChart's {@link DateAxis} picks the tick unit (years,
 * months, weeks, days) that keeps labels apart at the current zoom; gridlines follow its ticks.
 */
final class TimeAxis {
    private static final long DAY_MS = 86_400_000L;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    private final DateAxis axis = new DateAxis(null, TimeZone.getTimeZone("UTC"), Locale.ENGLISH);

    TimeAxis() {
        axis.setStandardTickUnits(DateAxis.createStandardDateTickUnits(TimeZone.getTimeZone("UTC"), Locale.ENGLISH));
        axis.setTickLabelFont(TimelinePainter.SMALL_FONT);
        axis.setTickLabelPaint(Palette.TEXT);
        axis.setAxisLinePaint(Palette.GRID);
        axis.setTickMarkPaint(Palette.MUTED_TEXT);
        axis.setMinorTickMarksVisible(false);
    }

    void paint(Graphics2D g, TimelineFrame frame, int width) {
        Rectangle2D area = frame.dataArea();
        axis.setRange(frame.range().from() * DAY_MS, frame.range().to() * DAY_MS);
        Rectangle2D plotArea = new Rectangle2D.Double(area.getMinX(), 0, area.getWidth(), area.getMaxY());
        AxisState state = axis.draw(g, area.getMinY(), plotArea, area, RectangleEdge.TOP, null);
        g.setColor(Palette.GRID);
        for (Object o : state.getTicks()) {
            if (o instanceof ValueTick tick) {
                double x = axis.valueToJava2D(tick.getValue(), area, RectangleEdge.TOP);
                g.draw(new Line2D.Double(x, area.getMinY(), x, area.getMaxY()));
            }
        }
        paintContext(g, frame, area);
    }

    /** Day and month ticks do not say the year: the corner left of the ruler does. */
    private void paintContext(Graphics2D g, TimelineFrame frame, Rectangle2D area) {
        LocalDate from = LocalDate.ofEpochDay((long) Math.floor(frame.range().from()));
        LocalDate to = LocalDate.ofEpochDay((long) Math.floor(frame.range().to()));
        DateTickUnitType unit = axis.getTickUnit().getUnitType();
        String text;
        if (unit.equals(DateTickUnitType.YEAR)) {
            return;
        } else if (unit.equals(DateTickUnitType.MONTH) || from.getYear() != to.getYear()) {
            text = from.getYear() == to.getYear() ? String.valueOf(from.getYear()) : from.getYear() + "–" + to.getYear();
        } else if (from.getMonth() == to.getMonth()) {
            text = from.format(MONTH);
        } else {
            text = String.valueOf(from.getYear());
        }
        g.setFont(TimelinePainter.LABEL_FONT.deriveFont(java.awt.Font.BOLD));
        g.setColor(Palette.TEXT);
        g.drawString(text, 8, (float) area.getMinY() - 8);
    }

    /** The ticks' values, for tests: what a person would read on the ruler. */
    List<?> ticks(Graphics2D g, TimelineFrame frame) {
        Rectangle2D area = frame.dataArea();
        axis.setRange(frame.range().from() * DAY_MS, frame.range().to() * DAY_MS);
        return axis.refreshTicks(g, new AxisState(area.getMinY()), area, RectangleEdge.TOP);
    }
}
