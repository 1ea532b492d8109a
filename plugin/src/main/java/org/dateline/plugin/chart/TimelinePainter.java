package org.dateline.plugin.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.GlyphVector;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.Arrays;
import java.util.List;
import org.dateline.event.Modality;
import org.dateline.plugin.Messages;
import org.dateline.timeline.Clusters;
import org.dateline.timeline.Lane;
import org.dateline.timeline.LaneIndex;
import org.dateline.timeline.TimelineEvent;
import org.dateline.timeline.TimelineModel;
import org.dateline.timeline.ViewRange;

/**
 * Paints a timeline model into any Graphics2D: the screen, a PNG or an SVG. Drawing cost follows
 * the pixels, not the events: each lane draws at most one mark per cluster of the day grid
 * ({@link Clusters}), and a cluster is summarised from running counts.
 */
public final class TimelinePainter {
    static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    static final Font SMALL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    static final Font COUNT_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 10);
    private static final int LEGEND_HEIGHT = 24;
    private static final int AXIS_HEIGHT = 26;
    private static final double MIN_LANE = 20;
    private static final double MAX_LANE = 44;
    /** The narrowest cluster mark, in pixels: room for a three-digit count. */
    private static final double CLUSTER_WIDTH = 20;

    private final TimeAxis axis = new TimeAxis();
    private final LegendPainter legend = new LegendPainter();
    private final CountLabels counts = new CountLabels(COUNT_FONT);

    /** Paints the whole timeline into {@code width x height} and returns where things went. */
    public TimelineFrame paint(Graphics2D g, int width, int height, TimelineModel model) {
        return paint(g, width, height, model, 0);
    }

    /** Paints with the lanes scrolled so that {@code firstLane} is at the top (clamped). */
    public TimelineFrame paint(Graphics2D g, int width, int height, TimelineModel model, int firstLane) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        // JFreeChart's axis restores this hint after drawing; SVG graphics start without one.
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setColor(Palette.BACKGROUND);
        g.fillRect(0, 0, width, height);

        LaneIndex index = model.index();
        List<Lane> lanes = index.lanes();
        int labelWidth = labelWidth(g, lanes);
        double top = LEGEND_HEIGHT + AXIS_HEIGHT;
        double available = Math.max(MIN_LANE, height - top - 4);
        double laneHeight = lanes.isEmpty() ? MAX_LANE
                : Math.max(MIN_LANE, Math.min(MAX_LANE, Math.floor(available / lanes.size())));
        int shownLanes = (int) Math.min(lanes.size(), Math.floor(available / laneHeight));
        if (shownLanes < lanes.size()) {
            // Room below the lanes for the line that says some are scrolled away.
            shownLanes = (int) Math.max(1, Math.floor((available - 16) / laneHeight));
        }
        Rectangle2D dataArea = new Rectangle2D.Double(labelWidth, top,
                Math.max(10, width - labelWidth - 10), Math.max(laneHeight, shownLanes * laneHeight));
        int first = Math.max(0, Math.min(firstLane, lanes.size() - shownLanes));
        TimelineFrame frame = new TimelineFrame(dataArea, model.range(), laneHeight, first, shownLanes, lanes.size());

        paintLanes(g, frame, lanes, width);
        axis.paint(g, frame, width);
        Shape oldClip = g.getClip();
        g.clip(dataArea);
        int[][] selected = selectedPositions(model, index, lanes.size());
        for (int l = first; l < first + shownLanes; l++) {
            paintLane(g, frame, l, lanes.get(l), selected[l]);
        }
        g.setClip(oldClip);
        if (shownLanes < lanes.size()) {
            g.setFont(SMALL_FONT);
            g.setColor(Palette.MUTED_TEXT);
            g.drawString(Messages.get("chart.moreLanes", first + 1, first + shownLanes, lanes.size()), 6,
                    (float) dataArea.getMaxY() + 13);
        }
        legend.paint(g, width, LEGEND_HEIGHT, model, index);
        if (lanes.isEmpty()) {
            paintEmpty(g, new Rectangle2D.Double(dataArea.getX(), top, dataArea.getWidth(), available), model);
        }
        return frame;
    }

    private static int labelWidth(Graphics2D g, List<Lane> lanes) {
        FontMetrics fm = g.getFontMetrics(LABEL_FONT);
        int w = 80;
        for (Lane lane : lanes) {
            w = Math.max(w, fm.stringWidth(lane.label()) + fm.stringWidth(" 00000") + 16);
        }
        return Math.min(w, 230);
    }

    private static void paintLanes(Graphics2D g, TimelineFrame frame, List<Lane> lanes, int width) {
        Rectangle2D area = frame.dataArea();
        FontMetrics fm = g.getFontMetrics(LABEL_FONT);
        FontMetrics small = g.getFontMetrics(SMALL_FONT);
        int labelWidth = (int) area.getMinX();
        for (int l = frame.firstLane(); l < frame.firstLane() + frame.laneCount(); l++) {
            int y = (int) frame.laneTop(l);
            int h = (int) frame.laneHeight();
            g.setColor(l % 2 == 0 ? Palette.BACKGROUND : Palette.LANE_STRIPE);
            g.fillRect(labelWidth, y, width - labelWidth, h);
            g.setColor(Palette.LABEL_BACKGROUND);
            g.fillRect(0, y, labelWidth - 2, h);
            Lane lane = lanes.get(l);
            String count = String.valueOf(lane.size());
            int countX = labelWidth - 8 - small.stringWidth(count);
            int baseline = y + (h + fm.getAscent() - fm.getDescent()) / 2;
            g.setColor(Palette.TEXT);
            g.setFont(LABEL_FONT);
            g.drawString(clip(lane.label(), fm, countX - 14), 8, baseline);
            g.setColor(Palette.MUTED_TEXT);
            g.setFont(SMALL_FONT);
            g.drawString(count, countX, baseline);
        }
        g.setColor(Palette.GRID);
        g.drawLine(labelWidth - 1, (int) area.getMinY(), labelWidth - 1, (int) area.getMaxY());
    }

    static String clip(String s, FontMetrics fm, int width) {
        if (fm.stringWidth(s) <= width) {
            return s;
        }
        String t = s;
        while (t.length() > 1 && fm.stringWidth(t + "…") > width) {
            t = t.substring(0, t.length() - 1);
        }
        return t + "…";
    }

    /** For each lane, the positions of its selected events, sorted, to outline what holds them. */
    private static int[][] selectedPositions(TimelineModel model, LaneIndex index, int laneCount) {
        int[][] out = new int[laneCount][];
        int[] sizes = new int[laneCount];
        for (TimelineEvent e : model.selection()) {
            int l = index.laneOf(e);
            if (l >= 0 && l < laneCount) {
                sizes[l]++;
            }
        }
        for (int l = 0; l < laneCount; l++) {
            out[l] = new int[sizes[l]];
            sizes[l] = 0;
        }
        for (TimelineEvent e : model.selection()) {
            int l = index.laneOf(e);
            if (l >= 0 && l < laneCount) {
                out[l][sizes[l]++] = index.positionOf(e);
            }
        }
        for (int[] p : out) {
            Arrays.sort(p);
        }
        return out;
    }

    private static boolean anySelected(int[] positions, int from, int to) {
        int i = Arrays.binarySearch(positions, from);
        int at = i >= 0 ? i : -i - 1;
        return at < positions.length && positions[at] < to;
    }

    private void paintLane(Graphics2D g, TimelineFrame frame, int l, Lane lane, int[] selected) {
        double top = frame.laneTop(l);
        double h = frame.laneHeight();
        double dayPx = 1 / frame.daysPerPixel();
        double d = Math.min(11, h - 6);
        int step = Clusters.step(CLUSTER_WIDTH * frame.daysPerPixel());
        ViewRange r = frame.range();
        Clusters.visit(lane, r.from() - step, r.to() + step, step, (from, to, first, last) -> {
            int k = to - from;
            if (k == 1) {
                // At its day, but inside its grid cell, so that neighbouring cells never overlap.
                double lo = frame.xOf(first) + d / 2 + 1;
                double hi = frame.xOf(last + 1) - d / 2 - 1;
                double x = Math.max(lo, Math.min(hi, frame.xOf(lane.day(from) + 0.5)));
                paintEvent(g, frame, l, lane, from, x, top + h / 2, d, selected);
                return;
            }
            if (step == 1) {
                int cols = (int) Math.max(1, Math.floor((dayPx - 2) / (d + 2)));
                int rows = (int) Math.max(1, Math.floor((h - 4) / (d + 2)));
                if (k <= cols * rows) {
                    // The day is wide enough: every event gets its own mark, none overlapping.
                    int usedCols = Math.min(k, cols);
                    int usedRows = (k + usedCols - 1) / usedCols;
                    double cx = frame.xOf(first + 0.5);
                    double cy = top + h / 2;
                    for (int m = 0; m < k; m++) {
                        double x = cx + ((m % usedCols) - (usedCols - 1) / 2.0) * (d + 2);
                        double y = cy + ((m / usedCols) - (usedRows - 1) / 2.0) * (d + 2);
                        paintEvent(g, frame, l, lane, from + m, x, y, d, selected);
                    }
                    return;
                }
            }
            paintCluster(g, frame, l, lane, from, to, first, last, selected);
        });
    }

    private static void paintEvent(Graphics2D g, TimelineFrame frame, int l, Lane lane, int i,
                                   double x, double y, double d, int[] selected) {
        TimelineEvent e = lane.event(i);
        boolean match = lane.matches(i);
        Color c = match ? Palette.of(e.quadClass()) : Palette.DIMMED;
        if (e.endDay() > e.day()) {
            g.setColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), 110));
            double x1 = frame.xOf(e.endDay() + 1);
            g.fill(new Rectangle2D.Double(x, y - 2, Math.max(0, x1 - x), 4));
        }
        Ellipse2D dot = new Ellipse2D.Double(x - d / 2, y - d / 2, d, d);
        paintShape(g, e.event().modality(), c, x, y, d);
        if (anySelected(selected, i, i + 1)) {
            g.setColor(Palette.SELECTION);
            g.setStroke(new BasicStroke(2f));
            g.draw(new Ellipse2D.Double(x - d / 2 - 3, y - d / 2 - 3, d + 6, d + 6));
        }
        g.setStroke(new BasicStroke(1f));
        frame.add(new Mark(dot.getBounds2D(), l, i, i + 1));
    }

    /**
     * An event's mark by modality: asserted filled, planned hollow, hypothetical a dashed ring,
     * negated hollow and struck through (the last two only when the user shows them).
     */
    static void paintShape(Graphics2D g, Modality modality, Color c, double x, double y, double d) {
        Ellipse2D dot = new Ellipse2D.Double(x - d / 2, y - d / 2, d, d);
        Ellipse2D ring = new Ellipse2D.Double(x - d / 2 + 1, y - d / 2 + 1, d - 2, d - 2);
        Modality m = modality == null ? Modality.ASSERTED : modality;
        if (m == Modality.ASSERTED) {
            g.setColor(c);
            g.fill(dot);
            return;
        }
        g.setColor(Palette.BACKGROUND);
        g.fill(dot);
        g.setColor(c);
        g.setStroke(m == Modality.HYPOTHETICAL
                ? new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {2.5f, 2f}, 0f)
                : new BasicStroke(2f));
        g.draw(ring);
        if (m == Modality.NEGATED) {
            g.draw(new Line2D.Double(x - d / 2 + 2, y + d / 2 - 2, x + d / 2 - 2, y - d / 2 + 2));
        }
        g.setStroke(new BasicStroke(1f));
    }

    private void paintCluster(Graphics2D g, TimelineFrame frame, int l, Lane lane, int from, int to,
                                     int first, int last, int[] selected) {
        double x0 = frame.xOf(first) + 1;
        double x1 = frame.xOf(last + 1) - 1;
        double w = Math.max(CLUSTER_WIDTH - 2, x1 - x0);
        double cx = (x0 + x1) / 2;
        double h = Math.min(16, frame.laneHeight() - 6);
        double y = frame.laneTop(l) + (frame.laneHeight() - h) / 2;
        RoundRectangle2D box = new RoundRectangle2D.Double(cx - w / 2, y, w, h, 7, 7);
        int matching = lane.matching(from, to);
        g.setColor(matching > 0 ? Palette.of(lane.dominant(from, to)) : Palette.DIMMED);
        g.fill(box);
        if (matching > 0) {
            paintComposition(g, lane.quadCounts(from, to), matching, box);
        }
        GlyphVector text = counts.get(g, to - from);
        Rectangle2D tb = text.getLogicalBounds();
        g.setColor(Color.WHITE);
        g.drawGlyphVector(text, (float) (cx - tb.getWidth() / 2.0),
                (float) (y + (h - tb.getHeight()) / 2 - tb.getY() - 1));
        if (anySelected(selected, from, to)) {
            g.setColor(Palette.SELECTION);
            g.setStroke(new BasicStroke(2f));
            g.draw(new RoundRectangle2D.Double(cx - w / 2 - 2, y - 2, w + 4, h + 4, 9, 9));
            g.setStroke(new BasicStroke(1f));
        }
        frame.add(new Mark(box.getBounds2D(), l, from, to));
    }

    /** A thin stripe along the bottom of a cluster: the share of each quad class. */
    private static void paintComposition(Graphics2D g, int[] counts, int total, RoundRectangle2D box) {
        double x = box.getMinX() + 3;
        double w = box.getWidth() - 6;
        double y = box.getMaxY() - 3.5;
        for (int k = 0; k < 4; k++) {
            if (counts[k] == 0) {
                continue;
            }
            double part = w * counts[k] / total;
            g.setColor(Palette.of(org.dateline.timeline.QuadClass.values()[k]).brighter());
            g.fill(new Rectangle2D.Double(x, y, part, 2));
            x += part;
        }
    }

    static String count(int n) {
        if (n < 1000) {
            return String.valueOf(n);
        }
        if (n < 10_000) {
            return String.format(java.util.Locale.ROOT, "%.1fk", n / 1000.0);
        }
        return (n / 1000) + "k";
    }

    private static void paintEmpty(Graphics2D g, Rectangle2D area, TimelineModel model) {
        String text = model.articles().isEmpty() ? Messages.get("chart.empty")
                : model.eventsByDay().isEmpty() ? Messages.get("chart.noEvents", model.articles().size())
                : Messages.get("chart.noneMatch");
        g.setFont(LABEL_FONT);
        g.setColor(Palette.MUTED_TEXT);
        FontMetrics fm = g.getFontMetrics();
        g.drawString(text, (float) (area.getCenterX() - fm.stringWidth(text) / 2.0),
                (float) area.getCenterY());
    }
}
