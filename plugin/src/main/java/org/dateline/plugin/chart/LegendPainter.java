package org.dateline.plugin.chart;

import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.dateline.plugin.Messages;
import org.dateline.timeline.LaneIndex;
import org.dateline.timeline.LaneNames;
import org.dateline.timeline.QuadClass;
import org.dateline.timeline.TimelineModel;

/** The row above the ruler: what the colours and shapes mean, and what is on screen. */
final class LegendPainter {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    void paint(Graphics2D g, int width, int height, TimelineModel model, LaneIndex index) {
        g.setColor(Palette.BACKGROUND);
        g.fillRect(0, 0, width, height);
        g.setFont(TimelinePainter.SMALL_FONT);
        FontMetrics fm = g.getFontMetrics();
        int baseline = (height + fm.getAscent() - fm.getDescent()) / 2;
        double cy = height / 2.0;
        int x = 8;
        for (QuadClass q : QuadClass.values()) {
            g.setColor(Palette.of(q));
            g.fill(new Ellipse2D.Double(x, cy - 5, 10, 10));
            x += 14;
            String label = LaneNames.quadClass(q);
            g.setColor(Palette.TEXT);
            g.drawString(label, x, baseline);
            x += fm.stringWidth(label) + 14;
        }
        for (org.dateline.event.Modality m : org.dateline.event.Modality.values()) {
            boolean shown = m == org.dateline.event.Modality.PLANNED || model.filter().modalities().contains(m);
            if (m == org.dateline.event.Modality.ASSERTED || !shown) {
                continue;
            }
            TimelinePainter.paintShape(g, m, Palette.MUTED_TEXT, x + 5, cy, 10);
            x += 14;
            String label = Messages.get("legend." + m.name());
            g.setColor(Palette.TEXT);
            g.setFont(TimelinePainter.SMALL_FONT);
            g.drawString(label, x, baseline);
            x += fm.stringWidth(label) + 14;
        }
        g.setColor(Palette.MUTED_TEXT);
        g.fill(new RoundRectangle2D.Double(x, cy - 7, 20, 14, 7, 7));
        g.setColor(java.awt.Color.WHITE);
        g.setFont(TimelinePainter.COUNT_FONT);
        g.drawString("12", x + 4, baseline);
        g.setFont(TimelinePainter.SMALL_FONT);
        x += 24;
        g.setColor(Palette.TEXT);
        g.drawString(Messages.get("legend.cluster"), x, baseline);
        x += fm.stringWidth(Messages.get("legend.cluster")) + 14;
        if (!model.filter().hideNonMatching()) {
            g.setColor(Palette.DIMMED);
            g.fill(new Ellipse2D.Double(x, cy - 5, 10, 10));
            x += 14;
            g.setColor(Palette.TEXT);
            g.drawString(Messages.get("legend.dimmed"), x, baseline);
            x += fm.stringWidth(Messages.get("legend.dimmed")) + 14;
        }
        String summary = summary(model, index);
        int sx = width - 10 - fm.stringWidth(summary);
        if (sx > x) {
            g.setColor(Palette.MUTED_TEXT);
            g.drawString(summary, sx, baseline);
        }
    }

    private static String summary(TimelineModel model, LaneIndex index) {
        LocalDate from = LocalDate.ofEpochDay((long) Math.floor(model.range().from()));
        LocalDate to = LocalDate.ofEpochDay((long) Math.floor(model.range().to()));
        int visible = index.countBetween((int) Math.floor(model.range().from()), (int) Math.floor(model.range().to()));
        return Messages.get("chart.range", from.format(DAY), to.format(DAY)) + "  ·  "
                + Messages.get("chart.count", visible, model.eventsByDay().size());
    }
}
